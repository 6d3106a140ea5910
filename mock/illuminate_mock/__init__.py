"""In-process mock of the Digimarc Illuminate REST and Serialization APIs."""
