"""marsad.server"""
