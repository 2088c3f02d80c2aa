-- The search benchmark's touches on the dashboard benchmark's synthetic cases (synthetic-cases.sql),
-- applied once after loading: bench_search_variety() gives every case a number as the application
-- writes it (PPU-<WITA year>-<running sequence>, the sequence following the submission time), gives
-- 1% of the cases less common names and 0.01% rare ones (the generator's 80 names each cover 1.25%
-- of the cases: a search for them always hits at once), and turns one case in 5,000 into a TRIAGE case
-- without NIK or name (the NULLs of a sort by name).
create or replace function bench_search_variety() returns bigint
    language plpgsql as
$$
declare
    changed bigint;
begin
    with numbered as (
        select id, row_number() over (order by submitted_at, id) as seq from service_case
    )
    update service_case c set
        case_number = 'PPU-' || to_char(c.submitted_at at time zone 'Asia/Makassar', 'YYYY') || '-' || lpad(n.seq::text, 7, '0'),
        applicant_name = case
            when c.id % 5000 = 17 and c.status <> 'MERGED' then null
            -- 500 cases, 500 different names: each first name 20 times, each family name 25 times.
            when c.id % 10000 = 4321 then
                (array['Zulkarnain', 'Theresia', 'Gusti', 'Ignatius', 'Fransiska', 'Bonaventura', 'Kornelius', 'Rustam',
                       'Syamsuddin', 'Nyoman', 'Oktaviani', 'Paulus', 'Yosefina', 'Hadijah', 'Jumardi', 'Lamberthus',
                       'Matius', 'Natalia', 'Obed', 'Petronela', 'Rafika', 'Stevanus', 'Tarsisius', 'Ursula', 'Veronika'])
                    [1 + (c.id / 10000) % 25]
                || ' ' ||
                (array['Batubara', 'Manurung', 'Tampubolon', 'Wenas', 'Runtuwene', 'Lakoro', 'Tamher', 'Latuconsina',
                       'Pattikawa', 'Rumbiak', 'Karubaba', 'Mandacan', 'Sarumpaet', 'Situmorang', 'Tuhumury', 'Warouw',
                       'Kalalo', 'Mokodompit', 'Dotulong', 'Pangemanan'])[1 + (c.id / 250000) % 20]
            -- 1% of the cases over 100 names: each first name 0.1%, each full name 0.01% of the cases.
            when c.id % 100 = 37 then
                (array['Yohanes', 'Kristina', 'Wayan', 'Ketut', 'Made', 'Andi', 'Daeng', 'Hasanuddin', 'Marthen', 'Yuliana'])
                    [1 + (c.id / 100) % 10]
                || ' ' ||
                (array['Kristanto', 'Simanjuntak', 'Sinaga', 'Pakpahan', 'Lumbantobing', 'Mappanyukki', 'Tandiayu', 'Rompas',
                       'Lasut', 'Sembiring'])[1 + (c.id / 1000) % 10]
            else c.applicant_name end,
        nik = case when c.id % 5000 = 17 and c.status <> 'MERGED' then null else c.nik end,
        status = case when c.id % 5000 = 17 and c.status <> 'MERGED' then 'TRIAGE' else c.status end,
        completed_at = case when c.id % 5000 = 17 and c.status <> 'MERGED' then null else c.completed_at end
    from numbered n
    where n.id = c.id;
    get diagnostics changed = row_count;
    return changed;
end
$$;
