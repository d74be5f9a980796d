-- Migration 20261126083913_import_row_key_index
-- CreateIndex
CREATE INDEX "import_job_rows_row_key_idx" ON "import_job_rows"("row_key");
