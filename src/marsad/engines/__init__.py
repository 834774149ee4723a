"""marsad.engines"""
