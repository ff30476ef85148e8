import { NotFoundView } from "@/components/layout/not-found-view";

export default function InvestorNotFound() {
  return <NotFoundView kind="investor" />;
}
