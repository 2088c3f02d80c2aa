-- Population per village with its source and as-of date (editable, or imported per semester),
-- coverage indicators per village and semester from the registry's aggregate reports (no
-- personal data), targets per indicator and year, and the planner's coverage-gap weight.

-- The village's current population: source and as-of date beside the figure. The reference
-- data's synthetic split of the district totals keeps population_estimated = true ("perkiraan").
alter table village add column population_source text,
                    add column population_as_of  date;
update village set population_source = case when population_estimated
                                            then 'Perkiraan: pembagian sintetis jumlah penduduk kecamatan'
                                            else 'Dukcapil PPU, semester I 2025' end,
                   population_as_of = date '2025-06-30';

-- Every imported or edited figure, per semester ('2025-1' = January to June), kept as history;
-- the latest semester's figure is also written to village.population, which uptake per 1,000
-- residents and the planner read.
create table village_population (
    village_code text    not null references village (code),
    semester     text    not null check (semester ~ '^[0-9]{4}-[12]$'),
    population   integer not null check (population >= 0),
    source       text    not null check (length(source) between 1 and 200),
    as_of        date    not null,
    estimated    boolean not null,
    recorded_by  text    not null,
    recorded_at  timestamptz not null,
    primary key (village_code, semester)
);

-- Holders of a document against the residents who should hold it, per village and semester:
-- EKTP: e-KTP recorded / wajib KTP; BIRTH_CERT: children 0-17 with a birth certificate / children
-- 0-17; KIA: children with a KIA / children 0-17; IKD: digital ID activated / wajib KTP.
-- synthetic marks the demo's made-up figures.
create table coverage_figure (
    village_code text    not null references village (code),
    semester     text    not null check (semester ~ '^[0-9]{4}-[12]$'),
    indicator    text    not null check (indicator in ('EKTP', 'BIRTH_CERT', 'KIA', 'IKD')),
    holders      integer not null check (holders >= 0),
    eligible     integer not null check (eligible >= 0),
    synthetic    boolean not null default false,
    source       text    not null,
    imported_at  timestamptz not null,
    primary key (village_code, semester, indicator),
    check (holders <= eligible)
);
create index coverage_figure_semester_idx on coverage_figure (semester, indicator);

-- Targets per indicator and year as a share (0.85 = 85 %), editable by an administrator.
-- Defaults and how far they could be verified (public press and Ditjen Dukcapil pages, read 2026):
-- * BIRTH_CERT 0.85: RPJMN 2015-2019 (Perpres 2/2015) set 85 % of children 0-18 with a birth
--   certificate by 2019 (Ditjen Dukcapil, "Kemendagri lampaui target nasional kepemilikan akta
--   kelahiran", 12/01/2018). The RPJMN 2020-2024 figure was NOT verified; 0.85 is carried forward.
-- * IKD 0.25 for 2023, 0.30 from 2024: Kemendagri's activation target as a share of wajib KTP, as
--   reported by regency offices in the press (2023: 25 %; 2024 and January 2026: 30 %). Not read
--   from a Kemendagri regulation.
-- * EKTP 0.99 and KIA 0.50: NOT verified against an RPJMN or Renstra Ditjen Dukcapil figure; they
--   are placeholders for the office to replace with its own performance agreement (perjanjian kinerja).
create table coverage_target (
    indicator  text         not null check (indicator in ('EKTP', 'BIRTH_CERT', 'KIA', 'IKD')),
    year       integer      not null check (year between 2000 and 2100),
    target     numeric(5, 4) not null check (target between 0 and 1),
    source     text         not null check (length(source) between 1 and 200),
    updated_by text         not null,
    updated_at timestamptz  not null,
    primary key (indicator, year)
);
insert into coverage_target (indicator, year, target, source, updated_by, updated_at)
select i.indicator, y.year,
       case i.indicator when 'BIRTH_CERT' then 0.85 when 'EKTP' then 0.99 when 'KIA' then 0.50
                        else case when y.year <= 2023 then 0.25 else 0.30 end end,
       case i.indicator
           when 'BIRTH_CERT' then 'RPJMN 2015-2019 (Perpres 2/2015): 85 % pada 2019; tahun berikutnya belum diverifikasi'
           when 'IKD' then 'Target aktivasi IKD Kemendagri (dilaporkan pers): 25 % wajib KTP 2023, 30 % sejak 2024'
           else 'Belum diverifikasi: ganti dengan perjanjian kinerja dinas' end,
       'system', now()
from (values ('EKTP'), ('BIRTH_CERT'), ('KIA'), ('IKD')) as i (indicator)
cross join generate_series(2019, 2030) as y (year)
where i.indicator <> 'IKD' or y.year >= 2023;

-- The planner's weight of the coverage-gap factor (people still without each document).
alter table outreach_settings add column weight_coverage_gap integer not null default 0
    check (weight_coverage_gap between 0 and 100);
