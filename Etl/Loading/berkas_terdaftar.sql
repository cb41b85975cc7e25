SELECT sumber AS Sumber, sidik AS Sidik FROM berkas_dimuat WHERE sumber LIKE $awalan;
