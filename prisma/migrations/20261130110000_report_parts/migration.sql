-- CreateTable
CREATE TABLE "ReportPart" (
    "comparisonId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "index" INTEGER NOT NULL,
    "json" TEXT NOT NULL,

    PRIMARY KEY ("comparisonId", "kind", "index"),
    CONSTRAINT "ReportPart_comparisonId_fkey" FOREIGN KEY ("comparisonId") REFERENCES "Comparison" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

