-- National coverage targets per year, replacing V19's carried-forward defaults and placeholders.
-- Only rows nobody has edited (updated_by = 'system') change; an administrator's figure stays.
--
-- What was found (December 2026). None of these was read in the regulation's own table: the RPJMN
-- 2020-2024 (Perpres 18/2020), the Renstra Ditjen Dukcapil 2020-2024 and the RPJMN 2025-2029
-- (Perpres 12/2025) could not be read here. Each figure is the national target as stated by the
-- Directorate General or the East Kalimantan provincial office (DKP3A Kaltim) and reported:
--   BIRTH_CERT 2019 85 %  RPJMN 2015-2019 (Perpres 2/2015), children 0-18; Kontan 24/09/2020
--              2020 95 %  DKP3A Kaltim 23/10/2020 (dkp3a.kaltimprov.go.id berita 2876)
--              2021 96 %  sapos.co.id 07/10/2021 ("optimistis capai target nasional")
--              2023 98 %  Dirjen Dukcapil, Media Indonesia 29/03/2023; DKP3A Kaltim 11/2023
--              2024 99 %  DKP3A Kaltim rakorda 11/2024 (cakrawalakaltim.com)
--   EKTP       2021 99 %, 2023 99.4 %, 2024 99.4 % (same sources; 2024 also validnews.id 07/08/2024)
--   KIA        2020 20 %, 2021 33 %, 2023 50 %, 2024 60 % (same sources). Conflicting reports:
--              30 % for 2021 (Tulang Bawang Barat, 01/2022) and 75 % "sesuai RPJMN" for 2024 (Kontan).
--   IKD        2023 25 %, 2024 30 % of wajib KTP (Media Indonesia 29/03/2023; nusabali, radarutara);
--              Pati reports 20 % for 2024 and 25 % for 2025.
-- Years without a found national figure (2022, 2025 onwards; e-KTP 2019-2020; KIA 2019) take the
-- nearest earlier year's figure (or the first later one), and their source text says so.
with found (indicator, year, target, source) as (values
    ('BIRTH_CERT', 2019, 0.85,  'RPJMN 2015-2019 (Perpres 2/2015): 85 % anak 0-18 pada 2019'),
    ('BIRTH_CERT', 2020, 0.95,  'Target nasional 2020, dikutip DKP3A Kaltim 23/10/2020'),
    ('BIRTH_CERT', 2021, 0.96,  'Target nasional 2021, dilaporkan Sapos 07/10/2021'),
    ('BIRTH_CERT', 2023, 0.98,  'Target nasional 2023 (Dirjen Dukcapil, Media Indonesia 29/03/2023)'),
    ('BIRTH_CERT', 2024, 0.99,  'Target nasional 2024, dikutip DKP3A Kaltim 11/2024'),
    ('EKTP',       2021, 0.99,  'Target nasional 2021, dilaporkan Sapos 07/10/2021'),
    ('EKTP',       2023, 0.994, 'Target nasional 2023 (Dirjen Dukcapil, Media Indonesia 29/03/2023)'),
    ('EKTP',       2024, 0.994, 'Target nasional 2024 (Dirjen Dukcapil, Validnews 07/08/2024)'),
    ('KIA',        2020, 0.20,  'Target nasional 2020, dikutip DKP3A Kaltim 23/10/2020'),
    ('KIA',        2021, 0.33,  'Target nasional 2021, dilaporkan Sapos 07/10/2021 (sumber lain: 30 %)'),
    ('KIA',        2023, 0.50,  'Target nasional 2023 (Dirjen Dukcapil, Media Indonesia 29/03/2023)'),
    ('KIA',        2024, 0.60,  'Target nasional 2024, dikutip DKP3A Kaltim 11/2024 (Kontan: 75 %)'),
    ('IKD',        2023, 0.25,  'Target aktivasi IKD 2023: 25 % (Dirjen Dukcapil, Media Indonesia 29/03/2023)'),
    ('IKD',        2024, 0.30,  'Target aktivasi IKD 2024: 30 % wajib KTP (dilaporkan pers daerah)')
),
chosen as (
    select t.indicator, t.year,
           coalesce(
               (select f.year from found f where f.indicator = t.indicator and f.year <= t.year
                order by f.year desc limit 1),
               (select f.year from found f where f.indicator = t.indicator order by f.year limit 1)) as from_year
    from coverage_target t
    where t.updated_by = 'system'
)
update coverage_target t
set target = f.target,
    source = case when c.from_year = t.year then f.source
                  else left('Tidak ditemukan untuk ' || t.year || '; memakai ' || c.from_year || ': ' || f.source, 200) end,
    updated_at = now()
from chosen c
join found f on f.indicator = c.indicator and f.year = c.from_year
where t.indicator = c.indicator and t.year = c.year;
