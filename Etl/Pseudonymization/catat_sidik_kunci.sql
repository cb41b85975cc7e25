INSERT INTO kunci_pseudonim (sidik, dicatat_pada) VALUES ($sidik, $dicatat_pada);
