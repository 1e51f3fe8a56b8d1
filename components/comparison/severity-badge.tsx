import type { Severity } from "@/lib/engine/types";
import { Badge } from "@/components/ui/badge";
import { SEVERITY_BADGE, SEVERITY_LABEL } from "./labels";

export function SeverityBadge({ severity }: { severity: Severity }) {
  return <Badge className={SEVERITY_BADGE[severity]}>{SEVERITY_LABEL[severity]}</Badge>;
}
