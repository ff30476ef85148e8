import {
  Sector,
  type Confidence,
  type FoundingRole,
  type FundingStage,
  type OrganizationKind,
  type StartupStatus,
} from "./generated/prisma/enums";
import type { Locale } from "./i18n/locales";

/** Whether a stored or typed value is one of the sectors (raw SQL returns enums as text). */
export function isSector(value: string): value is Sector {
  return Object.values(Sector).some((sector) => sector === value);
}

/** How the data model's enum values read on a page. Kept in one place so filters, tables and CSV agree. */
export const SECTOR_LABELS: Record<Sector, string> = {
  AI_HARDWARE: "AI hardware",
  LLM_FOUNDATION_MODELS: "LLMs and foundation models",
  AI_INFRASTRUCTURE: "AI infrastructure",
  COMPUTER_VISION: "Computer vision",
  ROBOTICS: "Robotics",
  AUTONOMOUS_DRIVING: "Autonomous driving",
  AI_AGENTS: "AI agents",
  AI_APPLICATIONS: "AI applications",
  AIOT: "AIoT",
  AI_RISK_AND_FINANCE: "AI for risk and finance",
  AI_COMMERCE: "AI for commerce",
};

export const STATUS_LABELS: Record<StartupStatus, string> = {
  ACTIVE: "Active",
  ACQUIRED: "Acquired",
  LISTED: "Listed",
  CLOSED: "Closed",
};

export const STAGE_LABELS: Record<FundingStage, string> = {
  ANGEL: "Angel",
  SEED: "Seed",
  PRE_A: "Pre-A",
  SERIES_A: "Series A",
  SERIES_A_PLUS: "Series A+",
  PRE_B: "Pre-B",
  SERIES_B: "Series B",
  SERIES_B_PLUS: "Series B+",
  SERIES_C: "Series C",
  SERIES_C_PLUS: "Series C+",
  SERIES_D: "Series D",
  SERIES_E: "Series E",
  LATER: "Later stage",
  PRE_IPO: "Pre-IPO",
  IPO: "IPO",
  STRATEGIC: "Strategic",
  UNDISCLOSED: "Stage not disclosed",
};

export const FOUNDING_ROLE_LABELS: Record<FoundingRole, string> = {
  FOUNDER: "Founder",
  CO_FOUNDER: "Co-founder",
  FOUNDING_TEAM: "Founding team",
};

export const CONFIDENCE_LABELS: Record<Confidence, string> = {
  HIGH: "High confidence",
  MEDIUM: "Medium confidence",
  LOW: "Low confidence",
};

export const ORGANIZATION_KIND_LABELS: Record<OrganizationKind, string> = {
  ALIBABA_UNIT: "Alibaba Group unit",
  INVESTMENT_FIRM: "Investment firm",
  COMPANY: "Company",
  GOVERNMENT: "Government body",
};

// 中文: the words the Chinese tech press uses (36Kr, LatePost), kept to the project's glossary.
const SECTOR_LABELS_ZH: Record<Sector, string> = {
  AI_HARDWARE: "AI 硬件",
  LLM_FOUNDATION_MODELS: "大模型与基础模型",
  AI_INFRASTRUCTURE: "AI 基础设施",
  COMPUTER_VISION: "计算机视觉",
  ROBOTICS: "机器人",
  AUTONOMOUS_DRIVING: "自动驾驶",
  AI_AGENTS: "AI 智能体",
  AI_APPLICATIONS: "AI 应用",
  AIOT: "AIoT",
  AI_RISK_AND_FINANCE: "AI 风控与金融",
  AI_COMMERCE: "AI 电商",
};

const STATUS_LABELS_ZH: Record<StartupStatus, string> = {
  ACTIVE: "运营中",
  ACQUIRED: "已被收购",
  LISTED: "已上市",
  CLOSED: "已关闭",
};

const STAGE_LABELS_ZH: Record<FundingStage, string> = {
  ANGEL: "天使轮",
  SEED: "种子轮",
  PRE_A: "Pre-A轮",
  SERIES_A: "A轮",
  SERIES_A_PLUS: "A+轮",
  PRE_B: "Pre-B轮",
  SERIES_B: "B轮",
  SERIES_B_PLUS: "B+轮",
  SERIES_C: "C轮",
  SERIES_C_PLUS: "C+轮",
  SERIES_D: "D轮",
  SERIES_E: "E轮",
  LATER: "后期轮次",
  PRE_IPO: "Pre-IPO轮",
  IPO: "上市",
  STRATEGIC: "战略投资",
  UNDISCLOSED: "轮次未披露",
};

const FOUNDING_ROLE_LABELS_ZH: Record<FoundingRole, string> = {
  FOUNDER: "创始人",
  CO_FOUNDER: "联合创始人",
  FOUNDING_TEAM: "创始团队成员",
};

const CONFIDENCE_LABELS_ZH: Record<Confidence, string> = {
  HIGH: "高可信度",
  MEDIUM: "中等可信度",
  LOW: "低可信度",
};

const ORGANIZATION_KIND_LABELS_ZH: Record<OrganizationKind, string> = {
  ALIBABA_UNIT: "阿里业务单元",
  INVESTMENT_FIRM: "投资机构",
  COMPANY: "公司",
  GOVERNMENT: "政府机构",
};

/**
 * Every enum's labels in one language. The English records above stay exported for the callers
 * (forms, CSV files, the admin) that are English only; a public page asks `labelsFor(locale)`.
 */
const LABELS = {
  en: {
    sector: SECTOR_LABELS,
    status: STATUS_LABELS,
    stage: STAGE_LABELS,
    foundingRole: FOUNDING_ROLE_LABELS,
    confidence: CONFIDENCE_LABELS,
    organizationKind: ORGANIZATION_KIND_LABELS,
  },
  zh: {
    sector: SECTOR_LABELS_ZH,
    status: STATUS_LABELS_ZH,
    stage: STAGE_LABELS_ZH,
    foundingRole: FOUNDING_ROLE_LABELS_ZH,
    confidence: CONFIDENCE_LABELS_ZH,
    organizationKind: ORGANIZATION_KIND_LABELS_ZH,
  },
} satisfies Record<Locale, unknown>;

export type EnumLabels = (typeof LABELS)["en"];

/** All enum labels of a language, e.g. to hand a client component its filter options. */
export function labelsFor(locale: Locale = "en"): EnumLabels {
  return LABELS[locale];
}

export function sectorLabel(sector: Sector, locale: Locale = "en"): string {
  return LABELS[locale].sector[sector];
}

export function statusLabel(status: StartupStatus, locale: Locale = "en"): string {
  return LABELS[locale].status[status];
}

export function stageLabel(stage: FundingStage, locale: Locale = "en"): string {
  return LABELS[locale].stage[stage];
}

export function foundingRoleLabel(role: FoundingRole, locale: Locale = "en"): string {
  return LABELS[locale].foundingRole[role];
}

/** "Medium confidence", 中文 "中等可信度". */
export function confidenceLabel(confidence: Confidence, locale: Locale = "en"): string {
  return LABELS[locale].confidence[confidence];
}

export function organizationKindLabel(kind: OrganizationKind, locale: Locale = "en"): string {
  return LABELS[locale].organizationKind[kind];
}
