-- Which version of each SS-MIX2 record a sender's deliveries hold (Ssmix2Deliveries): a file is one version of a
-- record (its name without timestamp and flag), and a newer version replaces what an older one said. The ledger is
-- read by record (one query finds both a re-delivery and the latest version). Rows written before this migration have
-- no record key: such a file, sent again, is applied once more (conditional writes, nothing duplicated), and its row
-- then gets its key.

-- Ssmix2FileName.recordKey(): <patient>_<date|->_<type>_<order>_<dept|->.
alter table renkei_ssmix2_delivery add column record_key varchar(255);
-- The conditional update URLs of the file's transaction, one per line: the resources this version of the record
-- says. What a newer version no longer says is withdrawn (entered-in-error).
alter table renkei_ssmix2_delivery add column record_items text;

create index renkei_ssmix2_delivery_record on renkei_ssmix2_delivery (sender, record_key);
