import type { ReactNode } from "react";

export function AuthCard({ title, intro, children }: { title: string; intro: ReactNode; children: ReactNode }) {
  return (
    <div className="mx-auto w-full max-w-sm px-4 py-12">
      <h1 className="text-2xl font-semibold tracking-tight text-zinc-900">{title}</h1>
      <p className="mt-2 mb-6 text-sm text-zinc-700">{intro}</p>
      {children}
    </div>
  );
}
