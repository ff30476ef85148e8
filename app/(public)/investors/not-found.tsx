import { NotFoundView } from "@/components/layout/not-found-view";

export default function InvestorNotFound() {
  return <NotFoundView what="investor" listHref="/investors" listLabel="all investors" />;
}
