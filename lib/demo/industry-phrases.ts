/** The industry part of a company name (行业表述), in two variants, e.g. 微电子 / 微电子科技. */
export interface IndustryPhrase {
  readonly industryCode: string;
  /** [plain, extended]; every variant string is unique across all industries, in both languages. */
  readonly zh: readonly [string, string];
  readonly en: readonly [string, string];
}

/** [zh, en] or [zh, en, extended zh, extended en]; the default extension is 科技 / Technology. */
type Row = readonly [string, string] | readonly [string, string, string, string];

const ROWS: Readonly<Record<string, readonly Row[]>> = {
  C13: [
    ["粮油", "Grain and Oil"],
    ["饲料", "Feed"],
    ["农产品加工", "Agricultural Products Processing", "农业科技", "Agricultural Technology"],
  ],
  C14: [
    ["食品", "Foods", "食品科技", "Food Technology"],
    ["乳业", "Dairy"],
    ["调味品", "Condiments", "调味食品", "Seasoning Foods"],
  ],
  C17: [
    ["纺织", "Textiles", "纺织科技", "Textile Technology"],
    ["家纺", "Home Textiles", "家纺用品", "Home Textile Products"],
    ["无纺布", "Nonwovens", "无纺布科技", "Nonwoven Technology"],
  ],
  C22: [
    ["纸业", "Paper", "纸业科技", "Paper Technology"],
    ["包装", "Packaging"],
  ],
  C26: [
    ["化工", "Chemical", "化工科技", "Chemical Technology"],
    ["新材料", "New Materials", "新材料科技", "New Material Technology"],
    ["精细化工", "Fine Chemicals", "精细化学品", "Fine Chemical Products"],
    ["涂料", "Coatings", "涂料科技", "Coating Technology"],
  ],
  C27: [
    ["药业", "Pharmaceutical", "医药科技", "Pharmaceutical Technology"],
    ["生物医药", "Biomedicine", "生物医药科技", "Biomedical Technology"],
    ["制药", "Pharma", "制药科技", "Pharma Technology"],
  ],
  C28: [
    ["化纤", "Chemical Fibre", "化纤科技", "Chemical Fibre Technology"],
    ["纤维材料", "Fibre Materials", "纤维科技", "Fibre Technology"],
  ],
  C29: [
    ["塑业", "Plastics", "塑胶科技", "Plastic Technology"],
    ["橡胶", "Rubber"],
    ["高分子材料", "Polymer Materials", "高分子科技", "Polymer Technology"],
  ],
  C30: [
    ["陶瓷", "Ceramics", "陶瓷科技", "Ceramic Technology"],
    ["玻璃", "Glass"],
    ["新型建材", "New Building Materials", "建材科技", "Building Material Technology"],
    ["耐火材料", "Refractories", "耐材科技", "Refractory Technology"],
  ],
  C32: [
    ["铝业", "Aluminium", "铝材科技", "Aluminium Technology"],
    ["铜业", "Copper", "铜材科技", "Copper Technology"],
    ["稀土材料", "Rare Earth Materials", "稀土科技", "Rare Earth Technology"],
  ],
  C33: [
    ["金属制品", "Metal Products", "金属科技", "Metal Technology"],
    ["五金", "Hardware", "五金制品", "Hardware Products"],
    ["紧固件", "Fasteners", "紧固系统", "Fastening Systems"],
  ],
  C34: [
    ["机械", "Machinery", "机械科技", "Machinery Technology"],
    ["精密机械", "Precision Machinery", "精密技术", "Precision Technology"],
    ["泵业", "Pumps", "流体科技", "Fluid Technology"],
    ["阀门", "Valves", "阀门科技", "Valve Technology"],
    ["轴承", "Bearings", "轴承科技", "Bearing Technology"],
    ["液压", "Hydraulics", "液压科技", "Hydraulic Technology"],
    ["传动", "Transmission", "传动科技", "Transmission Technology"],
  ],
  C35: [
    ["智能装备", "Intelligent Equipment", "智能制造", "Intelligent Manufacturing"],
    ["专用设备", "Special Equipment", "装备技术", "Equipment Technology"],
    ["医疗器械", "Medical Devices", "医疗科技", "Medical Technology"],
    ["环保设备", "Environmental Equipment", "环保装备", "Environmental Protection Equipment"],
    ["农业装备", "Agricultural Equipment", "农机科技", "Agricultural Machinery Technology"],
    ["自动化", "Automation", "自动化科技", "Automation Technology"],
  ],
  C36: [
    ["汽车零部件", "Auto Parts", "汽车科技", "Automotive Technology"],
    ["汽车电子", "Automotive Electronics", "汽车电子科技", "Automotive Electronic Technology"],
  ],
  C37: [
    ["航空科技", "Aviation Technology", "航空装备", "Aviation Equipment"],
    ["船舶装备", "Marine Equipment", "船舶科技", "Marine Technology"],
    ["轨道交通装备", "Rail Transit Equipment", "轨道科技", "Rail Technology"],
    ["航天科技", "Aerospace Technology", "航天技术", "Space Technology"],
  ],
  C38: [
    ["电气", "Electric", "电气科技", "Electrical Technology"],
    ["电机", "Motors", "电机科技", "Motor Technology"],
    ["新能源", "New Energy", "新能源科技", "New Energy Technology"],
    ["电池", "Batteries", "电池科技", "Battery Technology"],
    ["照明", "Lighting", "照明科技", "Lighting Technology"],
    ["电缆", "Cables", "线缆科技", "Cable Technology"],
  ],
  C39: [
    ["微电子", "Microelectronics", "微电子科技", "Microelectronic Technology"],
    ["电子", "Electronics", "电子科技", "Electronic Technology"],
    ["半导体", "Semiconductor", "半导体科技", "Semiconductor Technology"],
    ["光电", "Optoelectronics", "光电科技", "Optoelectronic Technology"],
    ["通信设备", "Communication Equipment", "通信科技", "Communication Technology"],
    ["集成电路", "Integrated Circuits", "芯片科技", "Chip Technology"],
  ],
  C40: [
    ["仪器", "Instruments", "仪器科技", "Instrument Technology"],
    ["仪表", "Meters", "仪表科技", "Meter Technology"],
    ["传感", "Sensors", "传感科技", "Sensing Technology"],
    ["检测设备", "Testing Equipment", "检测仪器", "Testing Instruments"],
    ["光学", "Optics", "光学科技", "Optical Technology"],
  ],
  C42: [
    ["再生资源", "Renewable Resources", "再生科技", "Recycling Technology"],
    ["资源循环", "Resource Recycling", "循环科技", "Circular Technology"],
  ],
  D44: [
    ["能源", "Energy", "能源科技", "Energy Technology"],
    ["热电", "Thermal Power", "热能科技", "Thermal Energy Technology"],
    ["光伏", "Photovoltaics", "光伏科技", "Photovoltaic Technology"],
  ],
  I63: [
    ["通信", "Telecommunications", "通信技术", "Telecom Technology"],
    ["卫星通信", "Satellite Communications", "卫星科技", "Satellite Technology"],
  ],
  I64: [
    ["网络", "Network", "网络科技", "Network Technology"],
    ["互联网", "Internet", "互联网科技", "Internet Technology"],
  ],
  I65: [
    ["软件", "Software", "软件技术", "Software Technology"],
    ["信息技术", "Information Technology", "信息科技", "Infotech"],
    ["数据", "Data", "数据科技", "Data Technology"],
    ["智能", "Intelligence", "智能科技", "Intelligent Technology"],
  ],
  M73: [
    ["生物技术", "Biotechnology", "生物科技", "Bioscience"],
    ["技术研究院", "Technology Research Institute", "科学技术研究院", "Science and Technology Research Institute"],
  ],
  M74: [
    ["检测", "Testing", "检测技术", "Testing Technology"],
    ["工程技术", "Engineering Technology", "工程咨询", "Engineering Consulting"],
    ["工业设计", "Industrial Design", "设计科技", "Design Technology"],
  ],
  M75: [
    ["科技", "Technology", "科技发展", "Technology Development"],
    ["技术服务", "Technical Services", "技术咨询", "Technical Consulting"],
  ],
  N77: [
    ["环境", "Environment", "环境科技", "Environmental Technology"],
    ["环保", "Environmental Protection", "环保科技", "Environmental Protection Technology"],
    ["生态", "Ecology", "生态科技", "Ecological Technology"],
  ],
};

function phrase(industryCode: string, row: Row): IndustryPhrase {
  const [zh, en] = row;
  const zhExtended = row.length === 4 ? row[2] : `${zh}科技`;
  const enExtended = row.length === 4 ? row[3] : `${en} Technology`;
  return { industryCode, zh: [zh, zhExtended], en: [en, enExtended] };
}

/** Name phrases by industry code (every industry of INDUSTRIES has at least two). */
export const INDUSTRY_PHRASES: ReadonlyMap<string, readonly IndustryPhrase[]> = new Map(
  Object.entries(ROWS).map(([code, rows]) => [code, rows.map((row) => phrase(code, row))]),
);
