"""Server-rendered RTL web pages."""
