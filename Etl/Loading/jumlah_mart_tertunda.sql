SELECT count(*) FROM mart_tertunda;
