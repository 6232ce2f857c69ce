import { city, defineProvince } from "../define-province";
import type { Province } from "../region-types";

/** 西北: Shaanxi, Gansu, Qinghai, Ningxia, Xinjiang. */
export const NORTHWEST_CHINA: readonly Province[] = [
  defineProvince({
    code: "610000", zh: "陕西省", short: "陕西", abbreviation: "陕", en: "Shaanxi", fullEn: "Shaanxi Province",
    kind: "province",
    cities: [
      city("610100", "西安市", "Xi'an"),
      city("610300", "宝鸡市", "Baoji"),
      city("610400", "咸阳市", "Xianyang"),
      city("610500", "渭南市", "Weinan"),
      city("610600", "延安市", "Yan'an"),
      city("610800", "榆林市", "Yulin"),
    ],
  }),
  defineProvince({
    code: "620000", zh: "甘肃省", short: "甘肃", abbreviation: "甘", en: "Gansu", fullEn: "Gansu Province",
    kind: "province",
    cities: [
      city("620100", "兰州市", "Lanzhou"),
      city("620200", "嘉峪关市", "Jiayuguan"),
      city("620400", "白银市", "Baiyin"),
      city("620500", "天水市", "Tianshui"),
      city("620900", "酒泉市", "Jiuquan"),
    ],
  }),
  defineProvince({
    code: "630000", zh: "青海省", short: "青海", abbreviation: "青", en: "Qinghai", fullEn: "Qinghai Province",
    kind: "province",
    cities: [
      city("630100", "西宁市", "Xining"),
      city("630200", "海东市", "Haidong"),
      city("632200", "海北藏族自治州", "Haibei", { short: "海北", fullEn: "Haibei Tibetan Autonomous Prefecture" }),
      city("632800", "海西蒙古族藏族自治州", "Haixi", {
        short: "海西",
        fullEn: "Haixi Mongol and Tibetan Autonomous Prefecture",
      }),
    ],
  }),
  defineProvince({
    code: "640000", zh: "宁夏回族自治区", short: "宁夏", abbreviation: "宁", en: "Ningxia",
    fullEn: "Ningxia Hui Autonomous Region", kind: "autonomous-region", aliases: ["宁夏自治区", "Ningxia Hui"],
    cities: [
      city("640100", "银川市", "Yinchuan"),
      city("640200", "石嘴山市", "Shizuishan"),
      city("640300", "吴忠市", "Wuzhong"),
      city("640400", "固原市", "Guyuan"),
      city("640500", "中卫市", "Zhongwei"),
    ],
  }),
  defineProvince({
    code: "650000", zh: "新疆维吾尔自治区", short: "新疆", abbreviation: "新", en: "Xinjiang",
    fullEn: "Xinjiang Uygur Autonomous Region", kind: "autonomous-region",
    aliases: ["新疆自治区", "Xinjiang Uyghur Autonomous Region", "Xinjiang Uygur", "Xinjiang Uyghur"],
    cities: [
      city("650100", "乌鲁木齐市", "Urumqi"),
      city("650200", "克拉玛依市", "Karamay"),
      city("650400", "吐鲁番市", "Turpan"),
      city("650500", "哈密市", "Hami"),
      city("652300", "昌吉回族自治州", "Changji", { short: "昌吉", fullEn: "Changji Hui Autonomous Prefecture" }),
      city("653100", "喀什地区", "Kashgar"),
    ],
  }),
];
