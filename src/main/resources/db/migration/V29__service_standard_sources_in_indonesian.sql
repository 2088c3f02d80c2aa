-- The service standards' default source, shown on "Standar Layanan", in Bahasa Indonesia and with what
-- could be found (December 2026). Only rows nobody has changed (updated_by = 'migration V16').
--   * The office's own decree, Kep. Kadis Dukcapil PPU 470/045/Dukcapil/VII/2019 (Standar Pelayanan Publik),
--     is published (scribd 700727416) but its per-service "jangka waktu" could not be read here.
--   * Permendagri 19/2018 (Peningkatan Kualitas Layanan Administrasi Kependudukan): the minister said the
--     e-KTP, KK and birth and death certificates are issued within one hour once the requirements are
--     complete (Tempo 09/04/2018, Kompas 04/04/2018); the article itself was not read.
--   * Neighbouring offices publish 1-3 working days (Bontang: KK; Paser: akta kematian).
-- The working days stay as V16 set them: whether the office counts from submission (as the dashboard does)
-- or from complete requirements (as the one-hour rule does) is for the office to decide on "Standar Layanan".
update service_standard
set source = case
        when service_type in ('KTP', 'KK', 'BIRTH_CERT', 'DEATH_CERT') then
            'Bawaan, belum diverifikasi: ganti dengan jangka waktu Kep. Kadis Dukcapil PPU 470/045/Dukcapil/VII/2019. '
            || 'Permendagri 19/2018 (menurut pers, Tempo 09/04/2018): terbit 1 jam setelah persyaratan lengkap.'
        else
            'Bawaan, belum diverifikasi: ganti dengan jangka waktu Kep. Kadis Dukcapil PPU 470/045/Dukcapil/VII/2019. '
            || 'Tidak ditemukan ketentuan nasional untuk layanan ini.'
    end
where updated_by = 'migration V16';
