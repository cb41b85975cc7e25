SELECT sidik FROM kunci_pseudonim;
