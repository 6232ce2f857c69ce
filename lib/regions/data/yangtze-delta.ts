import { city, defineProvince } from "../define-province";
import type { Province } from "../region-types";

/** 长三角 (part of 华东): Shanghai, Jiangsu, Zhejiang, Anhui. */
export const YANGTZE_DELTA: readonly Province[] = [
  // Municipality: its districts stand at the city level (all 16).
  defineProvince({
    code: "310000", zh: "上海市", short: "上海", abbreviation: "沪", en: "Shanghai", fullEn: "Shanghai Municipality",
    kind: "municipality",
    cities: [
      city("310101", "黄浦区", "Huangpu"),
      city("310104", "徐汇区", "Xuhui"),
      city("310105", "长宁区", "Changning"),
      city("310106", "静安区", "Jing'an"),
      city("310107", "普陀区", "Putuo"),
      city("310109", "虹口区", "Hongkou"),
      city("310110", "杨浦区", "Yangpu"),
      city("310112", "闵行区", "Minhang"),
      city("310113", "宝山区", "Baoshan"),
      city("310114", "嘉定区", "Jiading"),
      city("310115", "浦东新区", "Pudong", { short: "浦东" }),
      city("310116", "金山区", "Jinshan"),
      city("310117", "松江区", "Songjiang"),
      city("310118", "青浦区", "Qingpu"),
      city("310120", "奉贤区", "Fengxian"),
      city("310151", "崇明区", "Chongming"),
    ],
  }),
  // All 13 prefecture-level cities.
  defineProvince({
    code: "320000", zh: "江苏省", short: "江苏", abbreviation: "苏", en: "Jiangsu", fullEn: "Jiangsu Province",
    kind: "province",
    cities: [
      city("320100", "南京市", "Nanjing"),
      city("320200", "无锡市", "Wuxi"),
      city("320300", "徐州市", "Xuzhou"),
      city("320400", "常州市", "Changzhou"),
      city("320500", "苏州市", "Suzhou", {
        counties: [
          ["320505", "虎丘区", "Huqiu"],
          ["320506", "吴中区", "Wuzhong"],
          ["320507", "相城区", "Xiangcheng"],
          ["320508", "姑苏区", "Gusu"],
          ["320509", "吴江区", "Wujiang"],
          ["320581", "常熟市", "Changshu"],
          ["320582", "张家港市", "Zhangjiagang"],
          ["320583", "昆山市", "Kunshan"],
          ["320585", "太仓市", "Taicang"],
        ],
      }),
      city("320600", "南通市", "Nantong"),
      city("320700", "连云港市", "Lianyungang"),
      city("320800", "淮安市", "Huai'an"),
      city("320900", "盐城市", "Yancheng"),
      city("321000", "扬州市", "Yangzhou"),
      city("321100", "镇江市", "Zhenjiang"),
      city("321200", "泰州市", "Taizhou"),
      city("321300", "宿迁市", "Suqian"),
    ],
  }),
  // All 11 prefecture-level cities.
  defineProvince({
    code: "330000", zh: "浙江省", short: "浙江", abbreviation: "浙", en: "Zhejiang", fullEn: "Zhejiang Province",
    kind: "province",
    cities: [
      city("330100", "杭州市", "Hangzhou"),
      city("330200", "宁波市", "Ningbo"),
      city("330300", "温州市", "Wenzhou"),
      city("330400", "嘉兴市", "Jiaxing"),
      city("330500", "湖州市", "Huzhou"),
      city("330600", "绍兴市", "Shaoxing"),
      city("330700", "金华市", "Jinhua"),
      city("330800", "衢州市", "Quzhou"),
      city("330900", "舟山市", "Zhoushan"),
      city("331000", "台州市", "Taizhou"),
      city("331100", "丽水市", "Lishui"),
    ],
  }),
  defineProvince({
    code: "340000", zh: "安徽省", short: "安徽", abbreviation: "皖", en: "Anhui", fullEn: "Anhui Province",
    kind: "province",
    cities: [
      city("340100", "合肥市", "Hefei"),
      city("340200", "芜湖市", "Wuhu"),
      city("340300", "蚌埠市", "Bengbu"),
      city("340500", "马鞍山市", "Ma'anshan"),
      city("340800", "安庆市", "Anqing"),
      city("341100", "滁州市", "Chuzhou"),
      city("341200", "阜阳市", "Fuyang"),
    ],
  }),
];
