/** A character with its toneless pinyin. */
export type PinyinCharacter = readonly [character: string, pinyin: string];

function parse(list: string): readonly PinyinCharacter[] {
  return list
    .trim()
    .split(/\s+/)
    .map((entry) => [entry.charAt(0), entry.slice(1)] as const);
}

/**
 * Characters for two-character trade names (字号), each with a different pinyin syllable so that
 * the English names stay as distinct as the Chinese ones.
 */
export const TRADE_NAME_CHARACTERS = parse(`
  安an 昂ang 奥ao 百bai 邦bang 宝bao 贝bei 本ben 碧bi 标biao 彬bin 博bo 灿can 策ce 辰chen 诚cheng
  驰chi 崇chong 楚chu 川chuan 创chuang 春chun 聪cong 萃cui 达da 德de 登deng 迪di 典dian 鼎ding 东dong
  笃du 端duan 敦dun 铎duo 恩en 帆fan 方fang 飞fei 丰feng 福fu 港gang 高gao 格ge 庚geng 工gong 冠guan
  光guang 桂gui 国guo 海hai 汉han 航hang 浩hao 合he 恒heng 宏hong 湖hu 华hua 环huan 煌huang 辉hui
  吉ji 嘉jia 建jian 江jiang 蛟jiao 捷jie 金jin 景jing 久jiu 聚ju 钧jun 凯kai 康kang 科ke 坤kun 莱lai
  蓝lan 朗lang 乐le 雷lei 立li 联lian 良liang 林lin 领ling 柳liu 龙long 路lu 伦lun 洛luo 美mei 盟meng
  敏min 明ming 墨mo 牧mu 纳na 楠nan 能neng 宁ning 诺nuo 欧ou 派pai 沛pei 鹏peng 品pin 平ping 浦pu
  启qi 乾qian 强qiang 乔qiao 勤qin 青qing 秋qiu 泉quan 群qun 然ran 仁ren 荣rong 瑞rui 润run 若ruo 赛sai
  森sen 山shan 尚shang 韶shao 申shen 盛sheng 世shi 首shou 舒shu 顺shun 硕shuo 思si 松song 苏su 泰tai 坦tan
  唐tang 涛tao 腾teng 天tian 通tong 图tu 拓tuo 万wan 旺wang 威wei 文wen 沃wo 武wu 希xi 夏xia 先xian
  祥xiang 晓xiao 协xie 鑫xin 星xing 雄xiong 旭xu 轩xuan 迅xun 亚ya 研yan 扬yang 耀yao 业ye 一yi 银yin
  英ying 永yong 友you 宇yu 源yuan 悦yue 云yun 泽ze 展zhan 章zhang 兆zhao 哲zhe 振zhen 正zheng 智zhi 中zhong
  洲zhou 铸zhu 卓zhuo 紫zi 宗zong
`);

/**
 * Third characters that turn a two-character trade name into a three-character one when a place
 * has used up the two-character names. None starts an industry phrase, so names stay unambiguous.
 */
export const TRADE_NAME_THIRD_CHARACTERS = parse(`
  德de 达da 泰tai 源yuan 盛sheng 隆long 昌chang 兴xing 锐rui 恒heng 宇yu 威wei 康kang 鑫xin 佳jia 捷jie
  丰feng 博bo 凯kai 诺nuo 特te 普pu 斯si 迪di 力li 明ming 华hua 宏hong 邦bang 诚cheng 泽ze 腾teng
  扬yang 祥xiang 顺shun 润run 亿yi 川chuan 展zhan 拓tuo 朗lang 驰chi 迅xun 卓zhuo 尚shang 坤kun 辉hui 越yue
  众zhong 赛sai 冠guan 美mei
`);

/**
 * Pairs never used as trade names: well-known firms and names reserved for the state
 * (中国, 中华 …). Place names are excluded separately.
 */
export const BLOCKED_TRADE_NAMES: ReadonlySet<string> = new Set(
  `中国 中华 国安 华夏 中央 东方 中联 中海 中航 中科 中天 华润 华东 华中 海康 福耀 恒瑞 万科 万达 海天 正泰
   荣盛 天合 通威 光明 宁德 国泰 平安 招商 鼎捷 汉能`.split(/\s+/),
);
