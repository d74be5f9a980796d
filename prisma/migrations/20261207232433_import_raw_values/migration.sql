-- Migration 20261207232433_import_raw_values
-- AlterTable
ALTER TABLE "import_job_rows" ADD COLUMN     "raw_values" JSONB;

-- AlterTable
ALTER TABLE "items" ADD COLUMN     "raw_values" JSONB NOT NULL DEFAULT '{}';
