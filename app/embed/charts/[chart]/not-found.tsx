export default function EmbedNotFound() {
  return <p className="p-4 text-sm text-ink">This chart or snapshot does not exist.</p>;
}
