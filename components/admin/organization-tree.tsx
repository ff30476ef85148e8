import { Link } from "@/components/i18n/link";
import type { OrganizationTreeNode } from "@/lib/data/admin/read";

/** The unit tree as nested lists: each unit links to its edit form. */
export function OrganizationTree({ nodes, depth = 0 }: { nodes: OrganizationTreeNode[]; depth?: number }) {
  return (
    <ul className={depth === 0 ? "grid gap-1 text-sm" : "mt-1 grid gap-1 border-l border-rule pl-4 text-sm"}>
      {nodes.map((node) => (
        <li key={node.id}>
          <Link href={`/admin/organizations/${node.id}/edit`} className="underline-offset-2 hover:underline">
            {node.name}
          </Link>
          {node.nameZh ? (
            <span lang="zh" className="ml-1.5 text-ink-muted">
              {node.nameZh}
            </span>
          ) : null}
          {node.children.length > 0 ? <OrganizationTree nodes={node.children} depth={depth + 1} /> : null}
        </li>
      ))}
    </ul>
  );
}
