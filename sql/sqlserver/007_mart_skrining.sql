-- Screening results per village, cumulative from January to each month of a year: people screened (each in
-- the village of their first screening of the year) and people flagged at least once, with the cut points
-- configured when the mart was built. Rebuilt with the other marts, so a page reads twelve small rows a
-- village instead of every screening.
CREATE TABLE dbo.mart_skrining (
    tahun                   INT NOT NULL,
    bulan                   INT NOT NULL,
    kode_desa               VARCHAR(13) NOT NULL,
    diskrining              BIGINT NOT NULL,
    tekanan_darah_tinggi    BIGINT NOT NULL,
    gula_darah_tinggi       BIGINT NOT NULL,
    kolesterol_tinggi       BIGINT NOT NULL,
    terduga_tb              BIGINT NOT NULL,
    suspek_kusta            BIGINT NOT NULL,
    diukur_tekanan_darah    BIGINT NOT NULL,
    diukur_gula_darah       BIGINT NOT NULL,
    diukur_kolesterol       BIGINT NOT NULL,
    diskrining_tb           BIGINT NOT NULL,
    diskrining_kusta        BIGINT NOT NULL,
    CONSTRAINT pk_mart_skrining PRIMARY KEY (tahun, bulan, kode_desa)
);
GO
