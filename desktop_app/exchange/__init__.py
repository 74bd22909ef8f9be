"""Export bundles, import, and spreadsheets: the contract with the central system (DESIGN.md §5).

No Qt and no services here: this layer works on storage sessions through `Database.read()/write()`.
"""
