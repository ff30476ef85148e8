import { ConfigError, type DatabaseTarget } from "../env";
import type { SqlExecutor } from "./sql";

/**
 * Synthetic data for benchmarks and scale tests, never for the real dashboard: every row has
 * `synthetic = true` and every slug starts with `synthetic-`, so it can be told apart and deleted.
 *
 * Rows are written with multi-row INSERT … SELECT FROM unnest($1::int[], …) statements inside one
 * transaction; one Prisma call per row would take hours at 100,000 start-ups. Output depends only
 * on the seed (ids aside, which come from the sequences).
 */

export class UsageError extends Error {
  override name = "UsageError";
}

export type SyntheticOptions = {
  startups: number;
  seed?: number;
  log?: (line: string) => void;
};

export type SyntheticCounts = {
  cities: number;
  organizations: number;
  sources: number;
  people: number;
  startups: number;
  foundings: number;
  employments: number;
  fundingRounds: number;
  investments: number;
  citations: number;
};

export const DEFAULT_SYNTHETIC_SEED = 42;
export const MAX_SYNTHETIC_STARTUPS = 5_000_000;
const INVESTMENT_FIRM_COUNT = 2_000;
const SOURCE_COUNT = 60;
// Start-ups generated (and written) per round trip; bounds memory at any total size.
const STARTUPS_PER_CHUNK = 2_000;
// Rows per INSERT statement.
const ROWS_PER_STATEMENT = 5_000;

/** Tables holding a `synthetic` column, children before parents: the order rows can be deleted in. */
const SYNTHETIC_TABLES_DELETE_ORDER = [
  "Citation",
  "Investment",
  "FundingRound",
  "Founding",
  "Employment",
  "Startup",
  "Person",
  "ReportedFigure",
  "Organization",
  "Source",
  "City",
] as const;

/**
 * Synthetic rows belong in a scratch PostgreSQL database; the default embedded database is the one
 * a developer browses, so writing 100,000 fake start-ups into it needs an explicit flag.
 */
export function assertSyntheticTargetAllowed(target: DatabaseTarget, options: { allowEmbedded: boolean }): void {
  if (target.kind === "embedded" && !options.allowEmbedded) {
    throw new ConfigError(
      `Refusing to write synthetic data into the ${target.description}; set DATABASE_URL to a scratch PostgreSQL database, or pass --allow-embedded.`,
    );
  }
}

export async function hasSyntheticData(sql: SqlExecutor): Promise<boolean> {
  const checks = SYNTHETIC_TABLES_DELETE_ORDER.map((table) => `EXISTS (SELECT 1 FROM "${table}" WHERE synthetic)`);
  const rows = await sql.query<{ found: boolean }>(`SELECT ${checks.join(" OR ")} AS found`);
  return rows[0]?.found === true;
}

/** Deletes every synthetic row, in an order the foreign keys allow. Returns the rows deleted per table. */
export async function deleteSyntheticData(sql: SqlExecutor): Promise<Record<string, number>> {
  return sql.transaction(async (tx) => {
    const deleted: Record<string, number> = {};
    for (const table of SYNTHETIC_TABLES_DELETE_ORDER) {
      if (table === "Organization") {
        // A tree: delete leaves until nothing synthetic is left.
        let total = 0;
        for (;;) {
          const rows = await tx.query<{ id: number }>(
            `DELETE FROM "Organization" o WHERE o.synthetic
               AND NOT EXISTS (SELECT 1 FROM "Organization" c WHERE c."parentId" = o.id)
             RETURNING o.id`,
          );
          total += rows.length;
          if (rows.length === 0) break;
        }
        deleted[table] = total;
      } else if (table === "ReportedFigure") {
        let total = 0;
        for (;;) {
          const rows = await tx.query<{ id: number }>(
            `DELETE FROM "ReportedFigure" f WHERE f.synthetic
               AND NOT EXISTS (SELECT 1 FROM "ReportedFigure" s WHERE s."baseFigureId" = f.id)
             RETURNING f.id`,
          );
          total += rows.length;
          if (rows.length === 0) break;
        }
        deleted[table] = total;
      } else {
        const rows = await tx.query<{ count: number }>(
          `WITH gone AS (DELETE FROM "${table}" WHERE synthetic RETURNING 1) SELECT count(*)::int AS count FROM gone`,
        );
        deleted[table] = rows[0]?.count ?? 0;
      }
    }
    return deleted;
  });
}

// ---------------------------------------------------------------------------------------------
// Randomness: a small seeded PRNG, so a seed always yields the same data.

class Random {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  /** mulberry32: [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(probability: number): boolean {
    return this.next() < probability;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = this.next() * total;
    for (const [value, weight] of entries) {
      roll -= weight;
      if (roll < 0) return value;
    }
    return entries[entries.length - 1]![0];
  }
  /** Distinct indexes in [0, size), skewed towards the low end by `skew` (1 = uniform). */
  distinctIndexes(count: number, size: number, skew = 1): number[] {
    const chosen = new Set<number>();
    while (chosen.size < Math.min(count, size)) chosen.add(Math.floor(this.next() ** skew * size));
    return [...chosen];
  }
}

// ---------------------------------------------------------------------------------------------
// Vocabulary. Each Chinese syllable carries its pinyin so the pinyin column needs no lookup.

type Syllable = readonly [zh: string, pinyin: string];

const CITIES = [
  // [English, Chinese, pinyin, region, country, latitude, longitude, weight]
  ["Hangzhou", "杭州", "hang zhou", "Zhejiang", "CN", 30.27415, 120.15515, 30],
  ["Beijing", "北京", "bei jing", "Beijing", "CN", 39.90421, 116.40739, 22],
  ["Shanghai", "上海", "shang hai", "Shanghai", "CN", 31.23039, 121.4737, 20],
  ["Shenzhen", "深圳", "shen zhen", "Guangdong", "CN", 22.5431, 114.05787, 12],
  ["Guangzhou", "广州", "guang zhou", "Guangdong", "CN", 23.12911, 113.26439, 5],
  ["Chengdu", "成都", "cheng du", "Sichuan", "CN", 30.57285, 104.0668, 4],
  ["Nanjing", "南京", "nan jing", "Jiangsu", "CN", 32.06025, 118.79687, 4],
  ["Suzhou", "苏州", "su zhou", "Jiangsu", "CN", 31.29894, 120.58529, 4],
  ["Wuhan", "武汉", "wu han", "Hubei", "CN", 30.59276, 114.30553, 3],
  ["Xi'an", "西安", "xi an", "Shaanxi", "CN", 34.34157, 108.93977, 2],
  ["Hefei", "合肥", "he fei", "Anhui", "CN", 31.82059, 117.22901, 2],
  ["Xiamen", "厦门", "xia men", "Fujian", "CN", 24.47951, 118.08942, 2],
  ["Ningbo", "宁波", "ning bo", "Zhejiang", "CN", 29.87386, 121.55027, 2],
  ["Tianjin", "天津", "tian jin", "Tianjin", "CN", 39.34336, 117.36165, 2],
  ["Chongqing", "重庆", "chong qing", "Chongqing", "CN", 29.56301, 106.55156, 2],
  ["Changsha", "长沙", "chang sha", "Hunan", "CN", 28.22821, 112.93881, 1],
  ["Qingdao", "青岛", "qing dao", "Shandong", "CN", 36.06711, 120.38261, 1],
  ["Jinan", "济南", "ji nan", "Shandong", "CN", 36.65116, 117.12009, 1],
  ["Zhengzhou", "郑州", "zheng zhou", "Henan", "CN", 34.74661, 113.62533, 1],
  ["Dalian", "大连", "da lian", "Liaoning", "CN", 38.914, 121.61468, 1],
  ["Shenyang", "沈阳", "shen yang", "Liaoning", "CN", 41.8057, 123.43147, 1],
  ["Fuzhou", "福州", "fu zhou", "Fujian", "CN", 26.07421, 119.29647, 1],
  ["Kunming", "昆明", "kun ming", "Yunnan", "CN", 24.8801, 102.83244, 1],
  ["Wuxi", "无锡", "wu xi", "Jiangsu", "CN", 31.49117, 120.31191, 1],
  ["Changzhou", "常州", "chang zhou", "Jiangsu", "CN", 31.81079, 119.97365, 1],
  ["Dongguan", "东莞", "dong guan", "Guangdong", "CN", 23.02067, 113.75179, 1],
  ["Foshan", "佛山", "fo shan", "Guangdong", "CN", 23.02185, 113.12192, 1],
  ["Zhuhai", "珠海", "zhu hai", "Guangdong", "CN", 22.27073, 113.57668, 1],
  ["Shaoxing", "绍兴", "shao xing", "Zhejiang", "CN", 30.00023, 120.5801, 1],
  ["Jiaxing", "嘉兴", "jia xing", "Zhejiang", "CN", 30.74501, 120.7555, 1],
  ["Wenzhou", "温州", "wen zhou", "Zhejiang", "CN", 27.99492, 120.69939, 1],
  ["Nanchang", "南昌", "nan chang", "Jiangxi", "CN", 28.68202, 115.85794, 1],
  ["Guiyang", "贵阳", "gui yang", "Guizhou", "CN", 26.647, 106.63024, 1],
  ["Harbin", "哈尔滨", "ha er bin", "Heilongjiang", "CN", 45.80377, 126.53497, 1],
  ["Changchun", "长春", "chang chun", "Jilin", "CN", 43.81707, 125.32354, 1],
  ["Taiyuan", "太原", "tai yuan", "Shanxi", "CN", 37.87059, 112.54925, 1],
  ["Nanning", "南宁", "nan ning", "Guangxi", "CN", 22.81673, 108.3669, 1],
  ["Haikou", "海口", "hai kou", "Hainan", "CN", 20.04406, 110.19989, 1],
  ["Hong Kong", "香港", "xiang gang", "Hong Kong", "HK", 22.3193, 114.16936, 2],
  ["Singapore", "新加坡", "xin jia po", null, "SG", 1.35208, 103.81984, 2],
  ["San Francisco", "旧金山", "jiu jin shan", "California", "US", 37.77493, -122.41942, 1],
] as const;

const ALIBABA_ROOT = ["Alibaba Group", "阿里巴巴集团", "a li ba ba ji tuan"] as const;
const ALIBABA_UNITS = [
  ["Taobao", "淘宝", "tao bao"],
  ["Tmall", "天猫", "tian mao"],
  ["Alipay", "支付宝", "zhi fu bao"],
  ["Ant Group", "蚂蚁集团", "ma yi ji tuan"],
  ["Alibaba Cloud", "阿里云", "a li yun"],
  ["DAMO Academy", "达摩院", "da mo yuan"],
  ["Tongyi Lab", "通义实验室", "tong yi shi yan shi"],
  ["Cainiao", "菜鸟", "cai niao"],
  ["Ele.me", "饿了么", "e le me"],
  ["Youku", "优酷", "you ku"],
  ["Amap", "高德地图", "gao de di tu"],
  ["DingTalk", "钉钉", "ding ding"],
  ["Alimama", "阿里妈妈", "a li ma ma"],
  ["AliExpress", "全球速卖通", "quan qiu su mai tong"],
  ["Fliggy", "飞猪", "fei zhu"],
  ["Freshippo", "盒马", "he ma"],
  ["Alibaba Pictures", "阿里影业", "a li ying ye"],
  ["Tmall Genie", "天猫精灵", "tian mao jing ling"],
  ["T-Head", "平头哥", "ping tou ge"],
  ["Alibaba Local Services", "阿里本地生活", "a li ben di sheng huo"],
] as const;

const BRAND_SYLLABLES: readonly Syllable[] = [
  ["智", "zhi"],
  ["云", "yun"],
  ["深", "shen"],
  ["灵", "ling"],
  ["星", "xing"],
  ["海", "hai"],
  ["天", "tian"],
  ["数", "shu"],
  ["元", "yuan"],
  ["思", "si"],
  ["图", "tu"],
  ["芯", "xin"],
  ["光", "guang"],
  ["速", "su"],
  ["极", "ji"],
  ["未", "wei"],
  ["启", "qi"],
  ["明", "ming"],
  ["睿", "rui"],
  ["澜", "lan"],
  ["峰", "feng"],
  ["源", "yuan"],
  ["达", "da"],
  ["微", "wei"],
  ["蓝", "lan"],
  ["格", "ge"],
  ["瞳", "tong"],
  ["语", "yu"],
  ["擎", "qing"],
  ["驰", "chi"],
  ["力", "li"],
  ["量", "liang"],
  ["晓", "xiao"],
  ["航", "hang"],
  ["宇", "yu"],
  ["鲸", "jing"],
  ["鹰", "ying"],
  ["象", "xiang"],
  ["墨", "mo"],
  ["言", "yan"],
  ["脑", "nao"],
  ["途", "tu"],
];

const COMPANY_SUFFIXES = [
  ["科技", "ke ji", "Technology"],
  ["智能", "zhi neng", "AI"],
  ["机器人", "ji qi ren", "Robotics"],
  ["数据", "shu ju", "Data"],
  ["视觉", "shi jue", "Vision"],
  ["网络", "wang luo", "Networks"],
  ["智造", "zhi zao", "Intelligent Manufacturing"],
  ["信息", "xin xi", "Information"],
] as const;

const WESTERN_BRAND_HEADS = [
  "Deep",
  "Nova",
  "Quantum",
  "Hyper",
  "Infini",
  "Cogni",
  "Neuro",
  "Vision",
  "Mind",
  "Sense",
  "Axon",
  "Tensor",
  "Lumi",
  "Orbit",
];
const WESTERN_BRAND_TAILS = ["AI", "Labs", "Tech", "Robotics", "Logic", "Works", "Mind", "Matrix", "Flow"];

const SURNAMES: readonly Syllable[] = [
  ["王", "wang"],
  ["李", "li"],
  ["张", "zhang"],
  ["刘", "liu"],
  ["陈", "chen"],
  ["杨", "yang"],
  ["黄", "huang"],
  ["赵", "zhao"],
  ["吴", "wu"],
  ["周", "zhou"],
  ["徐", "xu"],
  ["孙", "sun"],
  ["马", "ma"],
  ["朱", "zhu"],
  ["胡", "hu"],
  ["郭", "guo"],
  ["何", "he"],
  ["林", "lin"],
  ["罗", "luo"],
  ["高", "gao"],
  ["郑", "zheng"],
  ["梁", "liang"],
  ["谢", "xie"],
  ["宋", "song"],
  ["唐", "tang"],
  ["许", "xu"],
  ["韩", "han"],
  ["冯", "feng"],
  ["邓", "deng"],
  ["曹", "cao"],
  ["彭", "peng"],
  ["曾", "zeng"],
  ["萧", "xiao"],
  ["田", "tian"],
  ["董", "dong"],
  ["潘", "pan"],
  ["袁", "yuan"],
  ["蒋", "jiang"],
  ["蔡", "cai"],
  ["余", "yu"],
];

const GIVEN_NAME_SYLLABLES: readonly Syllable[] = [
  ["伟", "wei"],
  ["芳", "fang"],
  ["娜", "na"],
  ["敏", "min"],
  ["静", "jing"],
  ["强", "qiang"],
  ["磊", "lei"],
  ["军", "jun"],
  ["洋", "yang"],
  ["勇", "yong"],
  ["艳", "yan"],
  ["杰", "jie"],
  ["涛", "tao"],
  ["明", "ming"],
  ["超", "chao"],
  ["华", "hua"],
  ["平", "ping"],
  ["刚", "gang"],
  ["辉", "hui"],
  ["鹏", "peng"],
  ["宇", "yu"],
  ["浩", "hao"],
  ["凯", "kai"],
  ["晨", "chen"],
  ["欣", "xin"],
  ["俊", "jun"],
  ["峰", "feng"],
  ["文", "wen"],
  ["斌", "bin"],
  ["志", "zhi"],
  ["海", "hai"],
  ["建", "jian"],
  ["国", "guo"],
  ["丽", "li"],
  ["嘉", "jia"],
  ["思", "si"],
  ["远", "yuan"],
  ["博", "bo"],
  ["一", "yi"],
  ["飞", "fei"],
  ["铭", "ming"],
  ["雪", "xue"],
];

const WESTERN_FIRST_NAMES = [
  "Kevin",
  "Jack",
  "Eric",
  "Vincent",
  "Lucy",
  "Grace",
  "Tony",
  "Leo",
  "Nina",
  "Frank",
  "Joe",
  "Jason",
];

// Alibaba staff are known by an invented nickname (花名); these are made up, as a real one would be.
const NICKNAMES = [
  "云风",
  "青松",
  "明月",
  "远山",
  "孤鸿",
  "听涛",
  "逐浪",
  "行远",
  "半夏",
  "南乔",
  "苍穹",
  "若水",
  "长风",
  "晴川",
  "星河",
  "不语",
];

const EMPLOYMENT_ROLES = [
  "Senior Engineer",
  "Staff Engineer",
  "Algorithm Expert",
  "Product Manager",
  "Senior Product Expert",
  "Technical Director",
  "General Manager",
  "Vice President",
  "Research Scientist",
  "Operations Director",
  "Architect",
];

const FOUNDER_TITLES = ["CTO", "COO", "Chief Scientist", "President", "Chief Product Officer", "CFO"];

const SECTORS = [
  "AI_HARDWARE",
  "LLM_FOUNDATION_MODELS",
  "AI_INFRASTRUCTURE",
  "COMPUTER_VISION",
  "ROBOTICS",
  "AUTONOMOUS_DRIVING",
  "AI_AGENTS",
  "AI_APPLICATIONS",
  "AIOT",
  "AI_RISK_AND_FINANCE",
  "AI_COMMERCE",
] as const;

const SECTOR_PHRASES: Record<(typeof SECTORS)[number], string> = {
  AI_HARDWARE: "AI chips and accelerators",
  LLM_FOUNDATION_MODELS: "large language models",
  AI_INFRASTRUCTURE: "training and inference infrastructure",
  COMPUTER_VISION: "computer-vision systems",
  ROBOTICS: "service and industrial robots",
  AUTONOMOUS_DRIVING: "autonomous-driving software",
  AI_AGENTS: "AI agents",
  AI_APPLICATIONS: "AI applications",
  AIOT: "connected smart devices",
  AI_RISK_AND_FINANCE: "risk-control models",
  AI_COMMERCE: "AI tools for online merchants",
};

const CUSTOMERS = [
  "retailers",
  "manufacturers",
  "banks",
  "logistics companies",
  "hospitals",
  "developers",
  "carmakers",
  "consumers",
  "city governments",
  "online merchants",
];

const STATUSES = [
  ["ACTIVE", 70],
  ["ACQUIRED", 10],
  ["LISTED", 5],
  ["CLOSED", 10],
  [null, 5],
] as const;
const CONFIDENCES = [
  ["HIGH", 70],
  ["MEDIUM", 20],
  ["LOW", 10],
] as const;

// The usual ladder; a round moves one or two rungs up from the one before.
const STAGE_LADDER = [
  "ANGEL",
  "SEED",
  "PRE_A",
  "SERIES_A",
  "SERIES_A_PLUS",
  "PRE_B",
  "SERIES_B",
  "SERIES_B_PLUS",
  "SERIES_C",
  "SERIES_C_PLUS",
  "SERIES_D",
  "SERIES_E",
  "LATER",
  "PRE_IPO",
  "IPO",
] as const;

const FIRM_SYLLABLES: readonly Syllable[] = [
  ["景", "jing"],
  ["海", "hai"],
  ["红", "hong"],
  ["杉", "shan"],
  ["高", "gao"],
  ["瓴", "ling"],
  ["启", "qi"],
  ["明", "ming"],
  ["源", "yuan"],
  ["经", "jing"],
  ["纬", "wei"],
  ["真", "zhen"],
  ["格", "ge"],
  ["创", "chuang"],
  ["新", "xin"],
  ["君", "jun"],
  ["联", "lian"],
  ["达", "da"],
  ["晨", "chen"],
  ["华", "hua"],
  ["盈", "ying"],
  ["金", "jin"],
  ["沙", "sha"],
  ["江", "jiang"],
  ["蓝", "lan"],
  ["驰", "chi"],
  ["峰", "feng"],
  ["凯", "kai"],
  ["博", "bo"],
  ["磐", "pan"],
  ["石", "shi"],
  ["松", "song"],
  ["禾", "he"],
  ["丰", "feng"],
  ["璞", "pu"],
];
const FIRM_SUFFIXES = [
  ["资本", "zi ben", "Capital"],
  ["创投", "chuang tou", "Ventures"],
  ["投资", "tou zi", "Investment"],
  ["基金", "ji jin", "Fund"],
  ["创新", "chuang xin", "Innovation Partners"],
] as const;
const WESTERN_FIRM_HEADS = [
  "Harbor",
  "Summit",
  "Granite",
  "Lotus",
  "Jade",
  "Pine",
  "Crescent",
  "Meridian",
  "North Star",
  "Bamboo",
  "Silk Road",
  "Horizon",
  "Pacific",
  "Lighthouse",
  "Redwood",
];
const WESTERN_FIRM_TAILS = ["Capital", "Ventures", "Partners", "Growth", "Investments"];

const PUBLISHERS = [
  ["36Kr", "zh"],
  ["LatePost", "zh"],
  ["Caixin", "zh"],
  ["Jiemian", "zh"],
  ["IT Juzi", "zh"],
  ["Leiphone", "zh"],
  ["Synced", "zh"],
  ["Sina Tech", "zh"],
  ["South China Morning Post", "en"],
  ["Reuters", "en"],
  ["Bloomberg", "en"],
  ["TechCrunch", "en"],
  ["China Money Network", "en"],
  ["KrASIA", "en"],
  ["TechNode", "en"],
  ["Pandaily", "en"],
] as const;

// ---------------------------------------------------------------------------------------------
// Bulk writing.

// Enum and array values travel as text and are cast in the SELECT: PGlite cannot serialise a
// parameter typed as an array of a user-defined enum, or an array of arrays.
type Column = { name: string; type: string; cast?: string };

/** Buffers rows column by column and writes them as INSERT … SELECT FROM unnest(…), many rows per statement. */
class BulkInsert {
  private readonly values: unknown[][];
  private readonly statement: string;
  written = 0;

  constructor(
    private readonly table: string,
    private readonly columns: Column[],
  ) {
    this.values = columns.map(() => []);
    const names = columns.map((c) => `"${c.name}"`).join(", ");
    const params = columns.map((c, i) => `$${i + 1}::${c.type}[]`).join(", ");
    const aliases = columns.map((_, i) => `c${i}`).join(", ");
    const selected = columns.map((c, i) => (c.cast ? `u.c${i}::${c.cast}` : `u.c${i}`)).join(", ");
    // updatedAt has no database default (Prisma Client fills it), so it is set here.
    this.statement =
      `INSERT INTO "${table}" (${names}, "synthetic", "updatedAt") ` +
      `SELECT ${selected}, true, now() FROM unnest(${params}) AS u(${aliases})`;
  }

  get pending(): number {
    return this.values[0]!.length;
  }

  push(...row: unknown[]): void {
    if (row.length !== this.columns.length) throw new Error(`${this.table}: expected ${this.columns.length} values`);
    for (let i = 0; i < row.length; i++) this.values[i]!.push(row[i]);
  }

  async flush(tx: SqlExecutor): Promise<void> {
    for (let start = 0; start < this.pending; start += ROWS_PER_STATEMENT) {
      await tx.query(
        this.statement,
        this.values.map((column) => column.slice(start, start + ROWS_PER_STATEMENT)),
      );
    }
    this.written += this.pending;
    for (const column of this.values) column.length = 0;
  }
}

/** A Postgres array literal, for array-valued columns passed through unnest as text. */
function arrayLiteral(items: readonly string[]): string {
  return `{${items.map((item) => `"${item.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`).join(",")}}`;
}

async function reserveIds(tx: SqlExecutor, table: string, count: number): Promise<number[]> {
  if (count === 0) return [];
  const rows = await tx.query<{ id: number }>(
    `SELECT nextval(pg_get_serial_sequence('"${table}"', 'id'))::int AS id FROM generate_series(1, $1::int)`,
    [count],
  );
  return rows.map((row) => row.id);
}

const pad = (n: number, width: number) => String(n).padStart(width, "0");
const capitalize = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
const isoDate = (year: number, month: number, day: number) => `${year}-${pad(month, 2)}-${pad(day, 2)}`;

// ---------------------------------------------------------------------------------------------
// The generator.

/** Cities, the synthetic Alibaba tree, investment firms and sources: what start-ups point at. */
async function writeReferenceRows(tx: SqlExecutor, random: Random) {
  const cityIds = await reserveIds(tx, "City", CITIES.length);
  const cities = new BulkInsert("City", [
    { name: "id", type: "int" },
    { name: "slug", type: "text" },
    { name: "nameEn", type: "text" },
    { name: "nameZh", type: "text" },
    { name: "pinyin", type: "text" },
    { name: "region", type: "text" },
    { name: "country", type: "text" },
    { name: "latitude", type: "numeric" },
    { name: "longitude", type: "numeric" },
  ]);
  CITIES.forEach(([nameEn, nameZh, pinyin, region, country, latitude, longitude], i) => {
    const slug = `synthetic-${nameEn.toLowerCase().replace(/[^a-z]+/g, "-")}`;
    cities.push(cityIds[i], slug, nameEn, nameZh, pinyin, region, country, String(latitude), String(longitude));
  });
  await cities.flush(tx);
  const cityWeights = CITIES.map((city, i) => [i, city[7]] as const);

  const organizations = new BulkInsert("Organization", [
    { name: "id", type: "int" },
    { name: "slug", type: "text" },
    { name: "nameEn", type: "text" },
    { name: "nameZh", type: "text" },
    { name: "pinyin", type: "text" },
    { name: "aliases", type: "text", cast: "text[]" },
    { name: "kind", type: "text", cast: '"OrganizationKind"' },
    { name: "parentId", type: "int" },
    { name: "description", type: "text" },
    { name: "website", type: "text" },
  ]);
  const [rootId] = await reserveIds(tx, "Organization", 1);
  organizations.push(
    rootId,
    "synthetic-alibaba-group",
    ALIBABA_ROOT[0],
    ALIBABA_ROOT[1],
    ALIBABA_ROOT[2],
    "{}",
    "ALIBABA_UNIT",
    null,
    "Synthetic parent of the synthetic Alibaba business units.",
    null,
  );
  // The root goes first: its children reference it.
  await organizations.flush(tx);
  const unitIds = await reserveIds(tx, "Organization", ALIBABA_UNITS.length);
  ALIBABA_UNITS.forEach(([nameEn, nameZh, pinyin], i) => {
    const slug = `synthetic-${nameEn.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
    organizations.push(unitIds[i], slug, nameEn, nameZh, pinyin, "{}", "ALIBABA_UNIT", rootId, null, null);
  });
  const firmIds = await reserveIds(tx, "Organization", INVESTMENT_FIRM_COUNT);
  for (let i = 0; i < INVESTMENT_FIRM_COUNT; i++) {
    if (random.chance(0.25)) {
      const nameEn = `${random.pick(WESTERN_FIRM_HEADS)} ${random.pick(WESTERN_FIRM_TAILS)}`;
      const slug = `synthetic-${nameEn.toLowerCase().replace(/[^a-z]+/g, "-")}-${pad(i + 1, 4)}`;
      organizations.push(firmIds[i], slug, nameEn, null, null, "{}", "INVESTMENT_FIRM", null, null, null);
    } else {
      const first = random.pick(FIRM_SYLLABLES);
      const second = random.pick(FIRM_SYLLABLES);
      const [suffixZh, suffixPinyin, suffixEn] = random.pick(FIRM_SUFFIXES);
      const brand = capitalize(first[1] + second[1]);
      const slug = `synthetic-${brand.toLowerCase()}-${suffixEn.split(" ")[0]!.toLowerCase()}-${pad(i + 1, 4)}`;
      organizations.push(
        firmIds[i],
        slug,
        `${brand} ${suffixEn}`,
        `${first[0]}${second[0]}${suffixZh}`,
        `${first[1]} ${second[1]} ${suffixPinyin}`,
        "{}",
        "INVESTMENT_FIRM",
        null,
        null,
        random.chance(0.5) ? `https://${brand.toLowerCase()}-${pad(i + 1, 4)}.example` : null,
      );
    }
  }
  await organizations.flush(tx);

  const sourceIds = await reserveIds(tx, "Source", SOURCE_COUNT);
  const sources = new BulkInsert("Source", [
    { name: "id", type: "int" },
    { name: "url", type: "text" },
    { name: "publisher", type: "text" },
    { name: "title", type: "text" },
    { name: "publishedOn", type: "date" },
    { name: "publishedPrecision", type: "text", cast: '"DatePrecision"' },
    { name: "language", type: "text" },
  ]);
  for (let i = 0; i < SOURCE_COUNT; i++) {
    const [publisher, language] = random.pick(PUBLISHERS);
    const title =
      language === "zh"
        ? `阿里系AI创业公司盘点（${i + 1}）`
        : `The Alibaba alumni behind China's AI start-ups, part ${i + 1}`;
    const url = `https://synthetic.example/${publisher.toLowerCase().replace(/[^a-z0-9]+/g, "-")}/${pad(i + 1, 3)}`;
    sources.push(
      sourceIds[i],
      url,
      publisher,
      title,
      isoDate(random.int(2015, 2025), random.int(1, 12), random.int(1, 28)),
      "DAY",
      language,
    );
  }
  await sources.flush(tx);
  return {
    cityIds,
    cityWeights,
    unitIds,
    firmIds,
    sourceIds,
    written: { cities: cities.written, organizations: organizations.written, sources: sources.written },
  };
}

function createStartupWriters() {
  const people = new BulkInsert("Person", [
    { name: "id", type: "int" },
    { name: "slug", type: "text" },
    { name: "nameEn", type: "text" },
    { name: "nameZh", type: "text" },
    { name: "pinyin", type: "text" },
    { name: "aliases", type: "text", cast: "text[]" },
    { name: "bio", type: "text" },
  ]);
  const startupRows = new BulkInsert("Startup", [
    { name: "id", type: "int" },
    { name: "slug", type: "text" },
    { name: "nameEn", type: "text" },
    { name: "nameZh", type: "text" },
    { name: "pinyin", type: "text" },
    { name: "aliases", type: "text", cast: "text[]" },
    { name: "description", type: "text" },
    { name: "foundedYear", type: "int" },
    { name: "foundedDate", type: "date" },
    { name: "cityId", type: "int" },
    { name: "sectors", type: "text", cast: '"Sector"[]' },
    { name: "status", type: "text", cast: '"StartupStatus"' },
    { name: "statusNote", type: "text" },
    { name: "website", type: "text" },
    { name: "confidence", type: "text", cast: '"Confidence"' },
  ]);
  const employments = new BulkInsert("Employment", [
    { name: "personId", type: "int" },
    { name: "organizationId", type: "int" },
    { name: "role", type: "text" },
    { name: "startYear", type: "int" },
    { name: "startMonth", type: "int" },
    { name: "endYear", type: "int" },
    { name: "endMonth", type: "int" },
  ]);
  const foundings = new BulkInsert("Founding", [
    { name: "personId", type: "int" },
    { name: "startupId", type: "int" },
    { name: "role", type: "text", cast: '"FoundingRole"' },
    { name: "title", type: "text" },
    { name: "confidence", type: "text", cast: '"Confidence"' },
  ]);
  const rounds = new BulkInsert("FundingRound", [
    { name: "id", type: "int" },
    { name: "startupId", type: "int" },
    { name: "announcedOn", type: "date" },
    { name: "datePrecision", type: "text", cast: '"DatePrecision"' },
    { name: "stage", type: "text", cast: '"FundingStage"' },
    { name: "stageLabel", type: "text" },
    { name: "amountKind", type: "text", cast: '"AmountKind"' },
    { name: "amountLow", type: "numeric" },
    { name: "amountHigh", type: "numeric" },
    { name: "currency", type: "text" },
    { name: "amountUsdLow", type: "numeric" },
    { name: "amountUsdHigh", type: "numeric" },
  ]);
  const investments = new BulkInsert("Investment", [
    { name: "roundId", type: "int" },
    { name: "organizationId", type: "int" },
    { name: "isLead", type: "boolean" },
  ]);
  const citations = new BulkInsert("Citation", [
    { name: "sourceId", type: "int" },
    { name: "recordType", type: "text", cast: '"CitationRecordType"' },
    { name: "recordId", type: "int" },
    { name: "field", type: "text" },
    { name: "claimedValue", type: "text" },
  ]);

  return { people, startupRows, employments, foundings, rounds, investments, citations };
}

type PersonPlan = { index: number; nameEn: string | null; nameZh: string; pinyin: string; slugName: string };

export async function generateSyntheticData(sql: SqlExecutor, options: SyntheticOptions): Promise<SyntheticCounts> {
  const { startups } = options;
  if (!Number.isInteger(startups) || startups < 1 || startups > MAX_SYNTHETIC_STARTUPS) {
    throw new UsageError(
      `The number of start-ups must be a whole number from 1 to ${MAX_SYNTHETIC_STARTUPS}; got ${startups}.`,
    );
  }
  const seed = options.seed ?? DEFAULT_SYNTHETIC_SEED;
  const log = options.log ?? (() => undefined);
  const random = new Random(seed);
  const startedAt = performance.now();

  if (await hasSyntheticData(sql)) {
    throw new UsageError(
      "The database already holds synthetic rows; delete them first (npm run db:synthetic -- --reset).",
    );
  }

  const counts = await sql.transaction(async (tx) => {
    const { cityIds, cityWeights, unitIds, firmIds, sourceIds, written } = await writeReferenceRows(tx, random);
    log(
      `reference rows: ${CITIES.length} cities, ${1 + ALIBABA_UNITS.length} Alibaba units, ${INVESTMENT_FIRM_COUNT} investment firms, ${SOURCE_COUNT} sources`,
    );

    // ---- Start-ups and everything hanging off them, a chunk at a time.
    const { people, startupRows, employments, foundings, rounds, investments, citations } = createStartupWriters();

    // Every person's id by generation index, so a serial founder can found a second start-up.
    const personIds: number[] = [];

    for (let chunkStart = 0; chunkStart < startups; chunkStart += STARTUPS_PER_CHUNK) {
      const chunkSize = Math.min(STARTUPS_PER_CHUNK, startups - chunkStart);
      const startupIds = await reserveIds(tx, "Startup", chunkSize);

      // Plan the chunk first (all randomness), then reserve ids for the people and rounds it needs.
      type RoundPlan = {
        startupId: number;
        announcedOn: string | null;
        datePrecision: string | null;
        stage: string;
        stageLabel: string | null;
        amountKind: string;
        amountLow: string | null;
        amountHigh: string | null;
        currency: string | null;
        firmIndexes: number[];
        leadFirst: boolean;
        citedBy: number | null;
      };
      const newPeople: (PersonPlan & { bio: string; aliases: string; citedBy: number | null })[] = [];
      const pendingFoundings: {
        personIndex: number;
        startupId: number;
        role: string;
        title: string | null;
        confidence: string;
      }[] = [];
      const pendingEmployments: {
        personIndex: number;
        organizationId: number;
        role: string;
        startYear: number;
        startMonth: number | null;
        endYear: number;
        endMonth: number | null;
      }[] = [];
      const roundPlans: RoundPlan[] = [];

      for (let offset = 0; offset < chunkSize; offset++) {
        const n = chunkStart + offset + 1;
        const startupId = startupIds[offset]!;

        const first = random.pick(BRAND_SYLLABLES);
        const second = random.pick(BRAND_SYLLABLES);
        const [suffixZh, suffixPinyin, suffixEn] = random.pick(COMPANY_SUFFIXES);
        const brandPinyin = first[1] + second[1];
        const westernBrand = random.chance(0.3)
          ? `${random.pick(WESTERN_BRAND_HEADS)}${random.pick(WESTERN_BRAND_TAILS)}`
          : null;
        const nameZh = random.chance(0.92) ? `${first[0]}${second[0]}${suffixZh}` : null;
        const nameEn =
          nameZh === null || random.chance(0.95) ? (westernBrand ?? `${capitalize(brandPinyin)} ${suffixEn}`) : null;
        const pinyin = nameZh ? `${first[1]} ${second[1]} ${suffixPinyin}` : null;
        const cityIndex = random.weighted(cityWeights);
        const city = CITIES[cityIndex]!;
        const aliases = nameZh && random.chance(0.2) ? arrayLiteral([`${city[1]}${nameZh}有限公司`]) : "{}";
        const foundedYear = Math.min(2025, 1999 + Math.floor(random.next() ** 0.5 * 27));
        const foundedDate = random.chance(0.3) ? isoDate(foundedYear, random.int(1, 12), random.int(1, 28)) : null;
        const sectorCount = random.weighted([
          [1, 55],
          [2, 35],
          [3, 10],
        ] as const);
        const sectors = random.distinctIndexes(sectorCount, SECTORS.length).map((i) => SECTORS[i]!);
        const status = random.weighted(STATUSES);
        const statusNote = status === "ACQUIRED" ? `Acquired in ${random.int(foundedYear, 2025)}.` : null;
        const slugName = (westernBrand ?? brandPinyin).toLowerCase();
        startupRows.push(
          startupId,
          `synthetic-${slugName}-${pad(n, 6)}`,
          nameEn,
          nameZh,
          pinyin,
          aliases,
          `${nameEn ?? nameZh} builds ${SECTOR_PHRASES[sectors[0]!]} for ${random.pick(CUSTOMERS)}.`,
          foundedYear,
          foundedDate,
          cityIds[cityIndex],
          arrayLiteral(sectors),
          status,
          statusNote,
          random.chance(0.7) ? `https://${slugName}-${pad(n, 6)}.example` : null,
          random.weighted(CONFIDENCES),
        );
        citations.push(random.pick(sourceIds), "STARTUP", startupId, null, null);
        if (random.chance(0.4)) {
          // Now and then a source disagrees on the year; the conflict is kept, as in the real data.
          const claimed = random.chance(0.1) ? String(Math.max(1999, foundedYear - 1)) : null;
          citations.push(random.pick(sourceIds), "STARTUP", startupId, "foundedYear", claimed);
        }

        // Founders: mostly new people, now and then someone who founded an earlier start-up.
        const founderCount = random.weighted([
          [1, 45],
          [2, 35],
          [3, 20],
        ] as const);
        const founderIndexes: number[] = [];
        for (let f = 0; f < founderCount; f++) {
          let personIndex: number;
          const totalSoFar = personIds.length + newPeople.length;
          const reuse = totalSoFar > 0 && random.chance(0.04) ? random.int(0, totalSoFar - 1) : -1;
          if (reuse >= 0 && !founderIndexes.includes(reuse)) {
            personIndex = reuse;
          } else {
            personIndex = totalSoFar;
            const surname = random.pick(SURNAMES);
            const given = Array.from({ length: random.chance(0.7) ? 2 : 1 }, () => random.pick(GIVEN_NAME_SYLLABLES));
            const givenPinyin = given.map((s) => s[1]).join("");
            const nameZhPerson = surname[0] + given.map((s) => s[0]).join("");
            const romanised = `${capitalize(surname[1])} ${capitalize(givenPinyin)}`;
            const personNameEn = random.chance(0.15)
              ? `${random.pick(WESTERN_FIRST_NAMES)} ${romanised}`
              : random.chance(0.97)
                ? romanised
                : null;
            const unitCount = random.chance(0.35) ? 2 : 1;
            const units = random.distinctIndexes(unitCount, ALIBABA_UNITS.length, 1.5);
            // Years at Alibaba end by the founding year and start no earlier than 1999.
            const endYear = Math.max(1999, foundedYear - random.int(0, 3));
            const startYear = Math.max(1999, endYear - random.int(1, 9));
            const splitYear = startYear + Math.floor((endYear - startYear) / 2);
            const unitRoles: string[] = [];
            units.forEach((unit, u) => {
              const role = random.pick(EMPLOYMENT_ROLES);
              unitRoles.push(`${role} at ${ALIBABA_UNITS[unit]![0]}`);
              const withMonths = random.chance(0.6);
              pendingEmployments.push({
                personIndex,
                organizationId: unitIds[unit]!,
                role,
                startYear: u === 0 ? startYear : splitYear,
                startMonth: withMonths ? random.int(1, 6) : null,
                endYear: u === units.length - 1 ? endYear : splitYear,
                endMonth: withMonths ? random.int(7, 12) : null,
              });
            });
            newPeople.push({
              index: personIndex,
              nameEn: personNameEn,
              nameZh: nameZhPerson,
              pinyin: `${surname[1]} ${given.map((s) => s[1]).join(" ")}`,
              slugName: `${surname[1]}-${givenPinyin}`,
              aliases: random.chance(0.3) ? arrayLiteral([random.pick(NICKNAMES)]) : "{}",
              bio: `Former ${unitRoles.join(", then ")}.`,
              citedBy: random.chance(0.3) ? random.int(0, SOURCE_COUNT - 1) : null,
            });
          }
          founderIndexes.push(personIndex);
          const role = f === 0 ? "FOUNDER" : random.chance(0.85) ? "CO_FOUNDER" : "FOUNDING_TEAM";
          pendingFoundings.push({
            personIndex,
            startupId,
            role,
            title:
              f === 0
                ? random.pick(["CEO", "Founder & CEO", "Chairman & CEO"])
                : random.chance(0.8)
                  ? random.pick(FOUNDER_TITLES)
                  : null,
            confidence: random.weighted(CONFIDENCES),
          });
        }

        // Funding: 0–5 rounds climbing the stage ladder, dated from the founding year on.
        const roundCount = random.weighted([
          [0, 20],
          [1, 25],
          [2, 20],
          [3, 15],
          [4, 12],
          [5, 8],
        ] as const);
        let rung = random.int(0, 3);
        let year = foundedYear;
        for (let r = 0; r < roundCount; r++) {
          const special = random.weighted([
            [null, 87],
            ["STRATEGIC", 8],
            ["UNDISCLOSED", 5],
          ] as const);
          const stage = special ?? STAGE_LADDER[Math.min(rung, STAGE_LADDER.length - 1)]!;
          const precision = random.weighted([
            ["DAY", 50],
            ["MONTH", 35],
            ["YEAR", 10],
            [null, 5],
          ] as const);
          const month = random.int(1, 12);
          const announcedOn =
            precision === null
              ? null
              : isoDate(year, precision === "YEAR" ? 1 : month, precision === "DAY" ? random.int(1, 28) : 1);
          const amountKind = random.weighted([
            ["EXACT", 45],
            ["RANGE", 30],
            ["UNDISCLOSED", 25],
          ] as const);
          const currency = amountKind === "UNDISCLOSED" ? null : random.chance(0.45) ? "USD" : "CNY";
          // Round sizes grow roughly threefold per rung; CNY figures are about seven times larger.
          const usdBase = 500_000 * 3 ** (Math.min(rung, 12) / 1.5) * (0.5 + random.next());
          const base = currency === "CNY" ? usdBase * 7 : usdBase;
          const magnitude = 10 ** Math.max(5, Math.floor(Math.log10(base)) - 1);
          const low = Math.max(1, Math.round(base / magnitude)) * magnitude;
          const high = amountKind === "RANGE" ? low * random.pick([2, 3, 5, 10]) : low;
          roundPlans.push({
            startupId,
            announcedOn,
            datePrecision: precision,
            stage,
            stageLabel: stage === "STRATEGIC" ? "Strategic investment" : null,
            amountKind,
            amountLow: amountKind === "UNDISCLOSED" ? null : `${low}.00`,
            amountHigh: amountKind === "UNDISCLOSED" ? null : `${high}.00`,
            currency,
            firmIndexes: random.distinctIndexes(
              random.weighted([
                [1, 35],
                [2, 30],
                [3, 20],
                [4, 15],
              ] as const),
              INVESTMENT_FIRM_COUNT,
              2.5,
            ),
            leadFirst: random.chance(0.7),
            citedBy: random.chance(0.7) ? random.int(0, SOURCE_COUNT - 1) : null,
          });
          if (special === null) rung += random.int(1, 2);
          year = Math.min(2025, year + random.int(0, 2));
        }
      }

      // Ids for the new people and rounds, then the rows in foreign-key order.
      const newPersonIds = await reserveIds(tx, "Person", newPeople.length);
      newPeople.forEach((person, i) => {
        const id = newPersonIds[i]!;
        personIds[person.index] = id;
        people.push(
          id,
          `synthetic-${person.slugName}-${pad(person.index + 1, 6)}`,
          person.nameEn,
          person.nameZh,
          person.pinyin,
          person.aliases,
          person.bio,
        );
        if (person.citedBy !== null) citations.push(sourceIds[person.citedBy], "PERSON", id, null, null);
      });
      for (const e of pendingEmployments) {
        employments.push(
          personIds[e.personIndex],
          e.organizationId,
          e.role,
          e.startYear,
          e.startMonth,
          e.endYear,
          e.endMonth,
        );
      }
      for (const f of pendingFoundings)
        foundings.push(personIds[f.personIndex], f.startupId, f.role, f.title, f.confidence);
      const roundIds = await reserveIds(tx, "FundingRound", roundPlans.length);
      roundPlans.forEach((round, i) => {
        const id = roundIds[i]!;
        const usd = round.currency === "USD";
        rounds.push(
          id,
          round.startupId,
          round.announcedOn,
          round.datePrecision,
          round.stage,
          round.stageLabel,
          round.amountKind,
          round.amountLow,
          round.amountHigh,
          round.currency,
          usd ? round.amountLow : null,
          usd ? round.amountHigh : null,
        );
        round.firmIndexes.forEach((firm, position) =>
          investments.push(id, firmIds[firm], position === 0 && round.leadFirst),
        );
        if (round.citedBy !== null) citations.push(sourceIds[round.citedBy], "FUNDING_ROUND", id, null, null);
      });

      await people.flush(tx);
      await startupRows.flush(tx);
      await employments.flush(tx);
      await foundings.flush(tx);
      await rounds.flush(tx);
      await investments.flush(tx);
      await citations.flush(tx);

      const done = chunkStart + chunkSize;
      if (done === startups || (done / STARTUPS_PER_CHUNK) % 10 === 0) {
        log(
          `start-ups: ${done.toLocaleString("en")} of ${startups.toLocaleString("en")} (${((performance.now() - startedAt) / 1000).toFixed(1)} s)`,
        );
      }
    }

    return {
      ...written,
      people: people.written,
      startups: startupRows.written,
      foundings: foundings.written,
      employments: employments.written,
      fundingRounds: rounds.written,
      investments: investments.written,
      citations: citations.written,
    };
  });

  // Fresh statistics, or the planner benchmarks against guesses for tables that just grew a hundredfold;
  // and a vacuum, which sets the visibility map so index-only scans need no heap visits — as
  // autovacuum would soon after a bulk insert. One statement at a time: VACUUM cannot run in a
  // multi-statement script (an implicit transaction).
  for (const table of SYNTHETIC_TABLES_DELETE_ORDER) await sql.exec(`VACUUM (ANALYZE) "${table}"`);
  return counts;
}
