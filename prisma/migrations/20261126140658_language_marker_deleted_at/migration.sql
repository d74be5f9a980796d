-- Migration 20261126140658_language_marker_deleted_at
-- AlterTable
ALTER TABLE "language_markers" ADD COLUMN     "deleted_at" TIMESTAMPTZ(3);
