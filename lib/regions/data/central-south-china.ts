import { city, defineProvince } from "../define-province";
import type { Province } from "../region-types";

/** 华中 and 华南: Henan, Hubei, Hunan, Guangdong, Guangxi, Hainan. */
export const CENTRAL_SOUTH_CHINA: readonly Province[] = [
  defineProvince({
    code: "410000", zh: "河南省", short: "河南", abbreviation: "豫", en: "Henan", fullEn: "Henan Province",
    kind: "province",
    cities: [
      city("410100", "郑州市", "Zhengzhou"),
      city("410200", "开封市", "Kaifeng"),
      city("410300", "洛阳市", "Luoyang"),
      city("410500", "安阳市", "Anyang"),
      city("410700", "新乡市", "Xinxiang"),
      city("411000", "许昌市", "Xuchang"),
      city("411300", "南阳市", "Nanyang"),
    ],
  }),
  defineProvince({
    code: "420000", zh: "湖北省", short: "湖北", abbreviation: "鄂", en: "Hubei", fullEn: "Hubei Province",
    kind: "province",
    cities: [
      city("420100", "武汉市", "Wuhan"),
      city("420300", "十堰市", "Shiyan"),
      city("420500", "宜昌市", "Yichang"),
      city("420600", "襄阳市", "Xiangyang"),
      city("420800", "荆门市", "Jingmen"),
      city("421000", "荆州市", "Jingzhou"),
    ],
  }),
  defineProvince({
    code: "430000", zh: "湖南省", short: "湖南", abbreviation: "湘", en: "Hunan", fullEn: "Hunan Province",
    kind: "province",
    cities: [
      city("430100", "长沙市", "Changsha"),
      city("430200", "株洲市", "Zhuzhou"),
      city("430300", "湘潭市", "Xiangtan"),
      city("430400", "衡阳市", "Hengyang"),
      city("430600", "岳阳市", "Yueyang"),
      city("430700", "常德市", "Changde"),
    ],
  }),
  // All 21 prefecture-level cities.
  defineProvince({
    code: "440000", zh: "广东省", short: "广东", abbreviation: "粤", en: "Guangdong", fullEn: "Guangdong Province",
    kind: "province", aliases: ["Canton"],
    cities: [
      city("440100", "广州市", "Guangzhou"),
      city("440200", "韶关市", "Shaoguan"),
      city("440300", "深圳市", "Shenzhen", {
        counties: [
          ["440303", "罗湖区", "Luohu"],
          ["440304", "福田区", "Futian"],
          ["440305", "南山区", "Nanshan"],
          ["440306", "宝安区", "Bao'an"],
          ["440307", "龙岗区", "Longgang"],
          ["440308", "盐田区", "Yantian"],
          ["440309", "龙华区", "Longhua"],
          ["440310", "坪山区", "Pingshan"],
          ["440311", "光明区", "Guangming"],
        ],
      }),
      city("440400", "珠海市", "Zhuhai"),
      city("440500", "汕头市", "Shantou"),
      city("440600", "佛山市", "Foshan"),
      city("440700", "江门市", "Jiangmen"),
      city("440800", "湛江市", "Zhanjiang"),
      city("440900", "茂名市", "Maoming"),
      city("441200", "肇庆市", "Zhaoqing"),
      city("441300", "惠州市", "Huizhou"),
      city("441400", "梅州市", "Meizhou"),
      city("441500", "汕尾市", "Shanwei"),
      city("441600", "河源市", "Heyuan"),
      city("441700", "阳江市", "Yangjiang"),
      city("441800", "清远市", "Qingyuan"),
      city("441900", "东莞市", "Dongguan"),
      city("442000", "中山市", "Zhongshan"),
      city("445100", "潮州市", "Chaozhou"),
      city("445200", "揭阳市", "Jieyang"),
      city("445300", "云浮市", "Yunfu"),
    ],
  }),
  defineProvince({
    code: "450000", zh: "广西壮族自治区", short: "广西", abbreviation: "桂", en: "Guangxi",
    fullEn: "Guangxi Zhuang Autonomous Region", kind: "autonomous-region",
    aliases: ["广西自治区", "Guangxi Zhuang"],
    cities: [
      city("450100", "南宁市", "Nanning"),
      city("450200", "柳州市", "Liuzhou"),
      city("450300", "桂林市", "Guilin"),
      city("450400", "梧州市", "Wuzhou"),
      city("450500", "北海市", "Beihai"),
    ],
  }),
  defineProvince({
    code: "460000", zh: "海南省", short: "海南", abbreviation: "琼", en: "Hainan", fullEn: "Hainan Province",
    kind: "province",
    cities: [
      city("460100", "海口市", "Haikou"),
      city("460200", "三亚市", "Sanya"),
      city("460300", "三沙市", "Sansha"),
      city("460400", "儋州市", "Danzhou"),
    ],
  }),
];
