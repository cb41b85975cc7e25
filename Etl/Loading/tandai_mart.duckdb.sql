INSERT OR IGNORE INTO mart_tertunda (tahun) VALUES ($tahun);
