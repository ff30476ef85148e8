import { localizedPath, type Locale } from "../i18n/locales";
import type { NetworkGraph } from "./types";

/**
 * The graph as a language shows it: in 中文 each node named by its Chinese name where it has one and
 * linked to its 中文 profile. The cached graph holds both names, so one layout serves both languages.
 */
export function localizeGraph(graph: NetworkGraph, locale: Locale): NetworkGraph {
  const nodes = graph.nodes.map(({ labelZh, ...node }) =>
    locale === "zh"
      ? { ...node, label: labelZh ?? node.label, href: node.href ? localizedPath(node.href, locale) : null }
      : node,
  );
  return { ...graph, nodes };
}
