-- SS-MIX2 files already applied (Ssmix2Deliveries): a re-delivered file with the same name and the same bytes from
-- the same sender is answered from here without mapping or writing anything. Only a shortcut: a missing row means the
-- file is mapped and applied again, which is idempotent.

create table renkei_ssmix2_delivery (
    -- The organization whose token sent the file (Organization/<id>): what a provider may write depends on it.
    sender       varchar(200)             not null,
    file_name    varchar(255)             not null,
    -- SHA-256 of the file's bytes as stored (ISO-2022-JP), in hex.
    content_hash char(64)                 not null,
    -- The entries of the transaction the file was mapped to: a re-delivery reports them unchanged.
    resources    integer                  not null,
    delivered    timestamp with time zone not null,
    primary key (sender, file_name)
);
