-- Migration 20261126105026_drop_items_text_trgm_index
-- Nothing queries items.text by trigram: search matches body text through search_vector, titles and URLs through
-- their own trigram indexes, and the duplicate check finds near-identical text through lsh_bands (MinHash). The
-- index cost every write ~200 trigram entries per item (the largest GIN of the table) and most of a bulk
-- import's GIN merge.
-- DropIndex
DROP INDEX "items_text_trgm_idx";
