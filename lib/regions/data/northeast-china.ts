import { city, defineProvince } from "../define-province";
import type { Province } from "../region-types";

/** 东北: Liaoning, Jilin, Heilongjiang. */
export const NORTHEAST_CHINA: readonly Province[] = [
  defineProvince({
    code: "210000", zh: "辽宁省", short: "辽宁", abbreviation: "辽", en: "Liaoning", fullEn: "Liaoning Province",
    kind: "province",
    cities: [
      city("210100", "沈阳市", "Shenyang"),
      city("210200", "大连市", "Dalian"),
      city("210300", "鞍山市", "Anshan"),
      city("210400", "抚顺市", "Fushun"),
      city("210500", "本溪市", "Benxi"),
      city("210600", "丹东市", "Dandong"),
      city("210700", "锦州市", "Jinzhou"),
      city("210800", "营口市", "Yingkou"),
    ],
  }),
  defineProvince({
    code: "220000", zh: "吉林省", short: "吉林", abbreviation: "吉", en: "Jilin", fullEn: "Jilin Province",
    kind: "province",
    cities: [
      city("220100", "长春市", "Changchun"),
      city("220200", "吉林市", "Jilin"),
      city("220300", "四平市", "Siping"),
      city("220500", "通化市", "Tonghua"),
      city("222400", "延边朝鲜族自治州", "Yanbian", { short: "延边", fullEn: "Yanbian Korean Autonomous Prefecture" }),
    ],
  }),
  defineProvince({
    code: "230000", zh: "黑龙江省", short: "黑龙江", abbreviation: "黑", en: "Heilongjiang", fullEn: "Heilongjiang Province",
    kind: "province",
    cities: [
      city("230100", "哈尔滨市", "Harbin"),
      city("230200", "齐齐哈尔市", "Qiqihar"),
      city("230600", "大庆市", "Daqing"),
      city("230800", "佳木斯市", "Jiamusi"),
      city("231000", "牡丹江市", "Mudanjiang"),
    ],
  }),
];
