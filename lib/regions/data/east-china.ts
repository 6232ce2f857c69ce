import { city, defineProvince } from "../define-province";
import type { Province } from "../region-types";

/** 华东 outside the Yangtze delta: Fujian, Jiangxi, Shandong. */
export const EAST_CHINA: readonly Province[] = [
  // All 9 prefecture-level cities.
  defineProvince({
    code: "350000", zh: "福建省", short: "福建", abbreviation: "闽", en: "Fujian", fullEn: "Fujian Province",
    kind: "province",
    cities: [
      city("350100", "福州市", "Fuzhou", {
        counties: [
          ["350102", "鼓楼区", "Gulou"],
          ["350103", "台江区", "Taijiang"],
          ["350104", "仓山区", "Cangshan"],
          ["350105", "马尾区", "Mawei"],
          ["350111", "晋安区", "Jin'an"],
          ["350112", "长乐区", "Changle"],
          ["350121", "闽侯县", "Minhou"],
          ["350122", "连江县", "Lianjiang"],
          ["350123", "罗源县", "Luoyuan"],
          ["350124", "闽清县", "Minqing"],
          ["350125", "永泰县", "Yongtai"],
          ["350128", "平潭县", "Pingtan"],
          ["350181", "福清市", "Fuqing"],
        ],
      }),
      city("350200", "厦门市", "Xiamen"),
      city("350300", "莆田市", "Putian"),
      city("350400", "三明市", "Sanming"),
      city("350500", "泉州市", "Quanzhou"),
      city("350600", "漳州市", "Zhangzhou"),
      city("350700", "南平市", "Nanping"),
      city("350800", "龙岩市", "Longyan"),
      city("350900", "宁德市", "Ningde"),
    ],
  }),
  defineProvince({
    code: "360000", zh: "江西省", short: "江西", abbreviation: "赣", en: "Jiangxi", fullEn: "Jiangxi Province",
    kind: "province",
    cities: [
      city("360100", "南昌市", "Nanchang"),
      city("360200", "景德镇市", "Jingdezhen"),
      city("360400", "九江市", "Jiujiang"),
      city("360500", "新余市", "Xinyu"),
      city("360700", "赣州市", "Ganzhou"),
      city("360800", "吉安市", "Ji'an"),
      city("361100", "上饶市", "Shangrao"),
    ],
  }),
  // All 16 prefecture-level cities (莱芜 merged into 济南 in 2019).
  defineProvince({
    code: "370000", zh: "山东省", short: "山东", abbreviation: "鲁", en: "Shandong", fullEn: "Shandong Province",
    kind: "province",
    cities: [
      city("370100", "济南市", "Jinan"),
      city("370200", "青岛市", "Qingdao"),
      city("370300", "淄博市", "Zibo"),
      city("370400", "枣庄市", "Zaozhuang"),
      city("370500", "东营市", "Dongying"),
      city("370600", "烟台市", "Yantai"),
      city("370700", "潍坊市", "Weifang"),
      city("370800", "济宁市", "Jining"),
      city("370900", "泰安市", "Tai'an"),
      city("371000", "威海市", "Weihai"),
      city("371100", "日照市", "Rizhao"),
      city("371300", "临沂市", "Linyi"),
      city("371400", "德州市", "Dezhou"),
      city("371500", "聊城市", "Liaocheng"),
      city("371600", "滨州市", "Binzhou"),
      city("371700", "菏泽市", "Heze"),
    ],
  }),
];
