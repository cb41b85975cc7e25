-- A consistent copy in one transaction, while the server goes on reading and importing. ATTACH takes no
-- parameters: WarehouseBackup puts in the target path after checking it (absolute, no quote).
ATTACH '{tujuan}' AS cadangan;
COPY FROM DATABASE "{sumber}" TO cadangan;
DETACH cadangan;
