"use client";

import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { postJson } from "./post-json";

export function SignOutButton() {
  const router = useRouter();
  return (
    <Button
      variant="ghost"
      size="sm"
      onClick={async () => {
        await postJson("/api/auth/sign-out", {});
        router.replace("/sign-in");
        router.refresh();
      }}
    >
      Sign out
    </Button>
  );
}
