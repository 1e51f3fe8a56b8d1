-- AlterTable
ALTER TABLE "Source" ADD COLUMN "fetchedAt" DATETIME;
ALTER TABLE "Source" ADD COLUMN "finalUrl" TEXT;
ALTER TABLE "Source" ADD COLUMN "requestedUrl" TEXT;

