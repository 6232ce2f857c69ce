import { CENTRAL_SOUTH_CHINA } from "./data/central-south-china";
import { EAST_CHINA } from "./data/east-china";
import { NORTH_CHINA } from "./data/north-china";
import { NORTHEAST_CHINA } from "./data/northeast-china";
import { NORTHWEST_CHINA } from "./data/northwest-china";
import { SOUTHWEST_CHINA } from "./data/southwest-china";
import { YANGTZE_DELTA } from "./data/yangtze-delta";
import type { Province } from "./region-types";

/**
 * The 31 provincial-level divisions of mainland China (GB/T 2260), ordered by code, each with a
 * selection of prefecture-level cities (all of them for Shanxi, Jiangsu, Zhejiang, Fujian,
 * Shandong and Guangdong) and, for 太原, 苏州, 福州 and 深圳, their counties and districts.
 * For the municipalities (北京, 天津, 上海, 重庆) the city level holds their districts.
 * Hong Kong, Macao and Taiwan are not included.
 */
export const CHINA_PROVINCES: readonly Province[] = [
  ...NORTH_CHINA,
  ...NORTHEAST_CHINA,
  ...YANGTZE_DELTA,
  ...EAST_CHINA,
  ...CENTRAL_SOUTH_CHINA,
  ...SOUTHWEST_CHINA,
  ...NORTHWEST_CHINA,
];
