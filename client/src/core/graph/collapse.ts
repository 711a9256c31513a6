/**
 * Which visible nodes collapsing `id` removes: its neighbours that hang on it alone (no other
 * visible link) and are not pinned. Collapsing is the undo-friendly opposite of expanding,
 * so it never removes a node that another part of the view still needs.
 */
export function nodesToCollapse(
  id: string,
  visibleEdges: readonly { source: string; target: string }[],
  pinned: ReadonlySet<string>,
): string[] {
  const links = new Map<string, Set<string>>();
  for (const { source, target } of visibleEdges) {
    if (source === target) continue;
    link(links, source, target);
    link(links, target, source);
  }
  return [...(links.get(id) ?? [])].filter((neighbour) => !pinned.has(neighbour) && links.get(neighbour)!.size === 1);
}

function link(links: Map<string, Set<string>>, from: string, to: string): void {
  let set = links.get(from);
  if (!set) links.set(from, (set = new Set()));
  set.add(to);
}
