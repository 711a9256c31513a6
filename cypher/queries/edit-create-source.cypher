// Stores a source document an editor registered (its text included), owned by the editors' dataset.
CREATE (source:Source)
SET source = $properties
