-- The country page's raids and defendants in custody: the newest rows of each jurisdiction of the country (a country
-- and its states and districts) straight from an index in the section's order, instead of sorting every raid or
-- defendant of a large country to show fifteen. Partial like the views the page reads (raids_raid, defendants_defendant).
create index ix_raid_jurisdiction_date on raid (jurisdiction_code, raid_date desc, id desc) where voided_at is null;
create index ix_defendant_custody_arrested on defendant (custody_jurisdiction_code, arrested_on desc nulls last, id desc)
    where merged_into_id is null;
