/**
 * Industries (GB/T 4754-2017 sections and divisions) common among the programme's firms, with a
 * relative weight for how often each occurs among specialized SMEs: manufacturing (section C)
 * makes up roughly four in five, led by special and general equipment, electronics, electrical
 * machinery and chemicals. The weights are for demo data, not statistics.
 */
export interface Industry {
  /** Section letter plus two-digit division, e.g. "C34". */
  readonly code: string;
  readonly section: string;
  readonly division: string;
  readonly nameZh: string;
  readonly nameEn: string;
  /** Relative frequency among specialized SMEs (demo figure). */
  readonly weight: number;
  /** Typical head count of a firm of the programme in this industry (demo figure). */
  readonly medianEmployees: number;
}

type Row = readonly [code: string, nameZh: string, nameEn: string, weight: number, medianEmployees: number];

const ROWS: readonly Row[] = [
  ["C13", "农副食品加工业", "Processing of Food from Agricultural Products", 1.2, 180],
  ["C14", "食品制造业", "Manufacture of Foods", 1.5, 200],
  ["C17", "纺织业", "Manufacture of Textiles", 1.2, 220],
  ["C22", "造纸和纸制品业", "Manufacture of Paper and Paper Products", 0.8, 160],
  ["C26", "化学原料和化学制品制造业", "Manufacture of Raw Chemical Materials and Chemical Products", 7, 180],
  ["C27", "医药制造业", "Manufacture of Medicines", 4, 250],
  ["C28", "化学纤维制造业", "Manufacture of Chemical Fibres", 0.5, 200],
  ["C29", "橡胶和塑料制品业", "Manufacture of Rubber and Plastics Products", 5, 170],
  ["C30", "非金属矿物制品业", "Manufacture of Non-metallic Mineral Products", 3, 160],
  ["C32", "有色金属冶炼和压延加工业", "Smelting and Pressing of Non-ferrous Metals", 1.8, 200],
  ["C33", "金属制品业", "Manufacture of Metal Products", 4, 150],
  ["C34", "通用设备制造业", "Manufacture of General Purpose Machinery", 12, 160],
  ["C35", "专用设备制造业", "Manufacture of Special Purpose Machinery", 14, 170],
  ["C36", "汽车制造业", "Manufacture of Automobiles", 4, 260],
  ["C37", "铁路、船舶、航空航天和其他运输设备制造业", "Manufacture of Railway, Ship, Aerospace and Other Transport Equipment", 2, 220],
  ["C38", "电气机械和器材制造业", "Manufacture of Electrical Machinery and Apparatus", 9, 190],
  ["C39", "计算机、通信和其他电子设备制造业", "Manufacture of Computers, Communication and Other Electronic Equipment", 11, 220],
  ["C40", "仪器仪表制造业", "Manufacture of Measuring Instruments and Meters", 5, 130],
  ["C42", "废弃资源综合利用业", "Utilisation of Waste Resources", 0.6, 120],
  ["D44", "电力、热力生产和供应业", "Production and Supply of Electricity and Heat", 0.6, 90],
  ["I63", "电信、广播电视和卫星传输服务", "Telecommunications, Broadcasting and Satellite Transmission Services", 0.6, 110],
  ["I64", "互联网和相关服务", "Internet and Related Services", 1.2, 100],
  ["I65", "软件和信息技术服务业", "Software and Information Technology Services", 8, 120],
  ["M73", "研究和试验发展", "Research and Experimental Development", 2, 80],
  ["M74", "专业技术服务业", "Professional Technical Services", 2, 90],
  ["M75", "科技推广和应用服务业", "Technology Promotion and Application Services", 1.5, 70],
  ["N77", "生态保护和环境治理业", "Ecological Protection and Environmental Governance", 1, 110],
];

export const INDUSTRIES: readonly Industry[] = ROWS.map(([code, nameZh, nameEn, weight, medianEmployees]) => ({
  code,
  section: code.charAt(0),
  division: code.slice(1),
  nameZh,
  nameEn,
  weight,
  medianEmployees,
}));
