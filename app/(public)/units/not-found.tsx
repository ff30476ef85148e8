import { NotFoundView } from "@/components/layout/not-found-view";

export default function UnitNotFound() {
  return <NotFoundView what="Alibaba unit" listHref="/units" listLabel="all Alibaba units" />;
}
