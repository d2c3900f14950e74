"""JSON API and the FastAPI application."""
