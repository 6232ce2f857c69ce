/** [character(s), pinyin, relative frequency] */
export type WeightedSyllable = readonly [zh: string, pinyin: string, weight: number];

function parse(list: string): readonly WeightedSyllable[] {
  return list
    .trim()
    .split(/\s+/)
    .map((entry) => {
      const match = /^(\p{Script=Han}+)([a-z]+)(\d*\.?\d*)$/u.exec(entry);
      if (!match) throw new Error(`bad entry ${entry}`);
      return [match[1]!, match[2]!, match[3] ? Number(match[3]) : 1] as const;
    });
}

/** Common family names with their approximate share in percent (the last few are compound). */
export const FAMILY_NAMES = parse(`
  王wang7.1 李li7.0 张zhang6.7 刘liu5.4 陈chen4.5 杨yang3.1 黄huang2.2 赵zhao2.0 吴wu2.0 周zhou1.9
  徐xu1.3 孙sun1.2 马ma1.2 朱zhu1.1 胡hu1.1 郭guo1.1 何he1.0 林lin1.0 高gao1.0 罗luo0.9 郑zheng0.9
  梁liang0.8 谢xie0.7 宋song0.7 唐tang0.7 许xu0.6 韩han0.6 冯feng0.6 邓deng0.6 曹cao0.6 彭peng0.6
  曾zeng0.5 肖xiao0.5 田tian0.5 董dong0.5 袁yuan0.4 潘pan0.4 于yu0.4 蒋jiang0.4 蔡cai0.4 余yu0.4
  杜du0.4 叶ye0.4 程cheng0.4 苏su0.4 魏wei0.4 吕lyu0.3 丁ding0.3 任ren0.3 沈shen0.3 姚yao0.3 卢lu0.3
  姜jiang0.3 崔cui0.3 钟zhong0.3 谭tan0.3 陆lu0.3 汪wang0.3 范fan0.3 金jin0.3 石shi0.3 廖liao0.3
  贾jia0.3 夏xia0.3 韦wei0.3 付fu0.2 方fang0.2 白bai0.2 邹zou0.2 孟meng0.2 熊xiong0.2 秦qin0.2 邱qiu0.2
  江jiang0.2 尹yin0.2 薛xue0.2 闫yan0.2 段duan0.2 雷lei0.2 侯hou0.2 龙long0.2 史shi0.2 陶tao0.2 黎li0.2
  贺he0.2 顾gu0.2 毛mao0.2 郝hao0.2 龚gong0.2 邵shao0.2 万wan0.2 钱qian0.2 严yan0.2 武wu0.2 戴dai0.2
  孔kong0.1 向xiang0.1 汤tang0.1 常chang0.1 欧阳ouyang0.05 上官shangguan0.01 司马sima0.01
`);

/** Given-name characters more often chosen for men. */
export const MALE_GIVEN = parse(`
  伟wei 强qiang 磊lei 军jun 勇yong 杰jie 涛tao 斌bin 超chao 明ming 刚gang 平ping 辉hui 鹏peng 华hua 飞fei
  鑫xin 波bo 宇yu 浩hao 凯kai 健jian 俊jun 帆fan 旭xu 宁ning 龙long 峰feng 建jian 国guo 志zhi 文wen
  东dong 海hai 成cheng 昊hao 哲zhe 博bo 晨chen 天tian 家jia 子zi 振zhen 立li 新xin 永yong 德de 坤kun
  毅yi 亮liang 彬bin 阳yang 松song 林lin 晖hui 岩yan 嘉jia 铭ming 睿rui
`);

/** Given-name characters more often chosen for women. */
export const FEMALE_GIVEN = parse(`
  芳fang 娜na 敏min 静jing 丽li 艳yan 娟juan 霞xia 秀xiu 玲ling 婷ting 雪xue 慧hui 颖ying 琳lin 晶jing
  洁jie 倩qian 萍ping 红hong 燕yan 梅mei 莉li 欣xin 怡yi 佳jia 雨yu 月yue 璐lu 丹dan 琪qi 瑶yao 露lu
  云yun 蕾lei 薇wei 悦yue 晓xiao 思si 梦meng 诗shi 冰bing 彤tong 春chun 兰lan 宁ning 文wen 嘉jia 雅ya
`);
