import { city, defineProvince } from "../define-province";
import type { Province } from "../region-types";

/** 西南: Chongqing, Sichuan, Guizhou, Yunnan, Tibet. */
export const SOUTHWEST_CHINA: readonly Province[] = [
  // Municipality: its 26 districts stand at the city level (its 12 counties are not listed).
  defineProvince({
    code: "500000", zh: "重庆市", short: "重庆", abbreviation: "渝", en: "Chongqing", fullEn: "Chongqing Municipality",
    kind: "municipality",
    cities: [
      city("500101", "万州区", "Wanzhou"),
      city("500102", "涪陵区", "Fuling"),
      city("500103", "渝中区", "Yuzhong"),
      city("500104", "大渡口区", "Dadukou"),
      city("500105", "江北区", "Jiangbei"),
      city("500106", "沙坪坝区", "Shapingba"),
      city("500107", "九龙坡区", "Jiulongpo"),
      city("500108", "南岸区", "Nan'an"),
      city("500109", "北碚区", "Beibei"),
      city("500110", "綦江区", "Qijiang"),
      city("500111", "大足区", "Dazu"),
      city("500112", "渝北区", "Yubei"),
      city("500113", "巴南区", "Banan"),
      city("500114", "黔江区", "Qianjiang"),
      city("500115", "长寿区", "Changshou"),
      city("500116", "江津区", "Jiangjin"),
      city("500117", "合川区", "Hechuan"),
      city("500118", "永川区", "Yongchuan"),
      city("500119", "南川区", "Nanchuan"),
      city("500120", "璧山区", "Bishan"),
      city("500151", "铜梁区", "Tongliang"),
      city("500152", "潼南区", "Tongnan"),
      city("500153", "荣昌区", "Rongchang"),
      city("500154", "开州区", "Kaizhou"),
      city("500155", "梁平区", "Liangping"),
      city("500156", "武隆区", "Wulong"),
    ],
  }),
  defineProvince({
    code: "510000", zh: "四川省", short: "四川", abbreviation: "川", en: "Sichuan", fullEn: "Sichuan Province",
    kind: "province",
    cities: [
      city("510100", "成都市", "Chengdu"),
      city("510500", "泸州市", "Luzhou"),
      city("510600", "德阳市", "Deyang"),
      city("510700", "绵阳市", "Mianyang"),
      city("511300", "南充市", "Nanchong"),
      city("511500", "宜宾市", "Yibin"),
    ],
  }),
  defineProvince({
    code: "520000", zh: "贵州省", short: "贵州", abbreviation: "贵", en: "Guizhou", fullEn: "Guizhou Province",
    kind: "province",
    cities: [
      city("520100", "贵阳市", "Guiyang"),
      city("520200", "六盘水市", "Liupanshui"),
      city("520300", "遵义市", "Zunyi"),
      city("520400", "安顺市", "Anshun"),
      city("520500", "毕节市", "Bijie"),
    ],
  }),
  defineProvince({
    code: "530000", zh: "云南省", short: "云南", abbreviation: "云", en: "Yunnan", fullEn: "Yunnan Province",
    kind: "province",
    cities: [
      city("530100", "昆明市", "Kunming"),
      city("530300", "曲靖市", "Qujing"),
      city("530400", "玉溪市", "Yuxi"),
      city("532500", "红河哈尼族彝族自治州", "Honghe", { short: "红河", fullEn: "Honghe Hani and Yi Autonomous Prefecture" }),
      city("532900", "大理白族自治州", "Dali", { short: "大理", fullEn: "Dali Bai Autonomous Prefecture" }),
    ],
  }),
  defineProvince({
    code: "540000", zh: "西藏自治区", short: "西藏", abbreviation: "藏", en: "Tibet", fullEn: "Tibet Autonomous Region",
    kind: "autonomous-region", aliases: ["Xizang", "Xizang Autonomous Region"],
    cities: [
      city("540100", "拉萨市", "Lhasa"),
      city("540200", "日喀则市", "Shigatse"),
      city("540300", "昌都市", "Qamdo"),
      city("540400", "林芝市", "Nyingchi"),
      city("540500", "山南市", "Shannan"),
    ],
  }),
];
