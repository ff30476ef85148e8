import Link from "next/link";
import type { OrganizationTreeNode } from "@/lib/data/admin/read";

/** The unit tree as nested lists: each unit links to its edit form. */
export function OrganizationTree({ nodes }: { nodes: OrganizationTreeNode[] }) {
  return (
    <ul className="grid gap-1 border-l border-rule pl-4 text-sm first:border-l-0 first:pl-0">
      {nodes.map((node) => (
        <li key={node.id}>
          <Link href={`/admin/organizations/${node.id}/edit`} className="underline-offset-2 hover:underline">
            {node.name}
          </Link>
          {node.nameZh ? <span lang="zh" className="ml-1.5 text-ink-muted">{node.nameZh}</span> : null}
          {node.children.length > 0 ? (
            <div className="mt-1">
              <OrganizationTree nodes={node.children} />
            </div>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
