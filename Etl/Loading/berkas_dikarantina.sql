SELECT DISTINCT sumber FROM karantina WHERE sumber LIKE $awalan;
