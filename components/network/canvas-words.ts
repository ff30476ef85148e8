import type { getTranslations } from "next-intl/server";
import { splitAround } from "@/lib/i18n/split";
import type { NodeKind } from "@/lib/network/types";
import type { NetworkCanvasWords } from "./network-canvas";

type NetworkT = Awaited<ReturnType<typeof getTranslations<"network">>>;

/** The drawing's words for its client component, translated on the server (page and embed). */
export function networkCanvasWords(t: NetworkT, nodeKinds: Record<NodeKind, string>): NetworkCanvasWords {
  return {
    findLabel: t("canvas.findLabel"),
    findField: t("canvas.findField"),
    find: t("canvas.find"),
    open: splitAround((v) => t("canvas.open", v), ["name"]) as [string, string],
    noMatch: splitAround((v) => t("canvas.noMatch", v), ["query"]) as [string, string],
    highlighted: splitAround((v) => t("canvas.highlighted", v), ["kind", "name"]) as [string, string, string],
    legend: t("canvas.legend"),
    noWebgl: splitAround((v) => t("canvas.noWebgl", v), ["failure"]) as [string, string],
    nodeKinds,
  };
}
